// The invariants of docs/ARCHITECTURE.md, checked on the import statements themselves.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function imports(dir: string): Import[] {
  const out: Import[] = [];
  for (const file of tsFiles(join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    const re = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ file: relative(root, file), spec: m[3] ?? m[4], typeOnly: m[2] !== undefined });
  }
  return out;
}

/** The repo folder an import lands in ('src/engine', 'src/python', ...), or null for packages. */
function target(i: Import): string | null {
  if (!i.spec.startsWith('.')) return null;
  const abs = relative(root, resolve(join(root, dirname(i.file)), i.spec));
  const parts = abs.split('/');
  return parts[0] === 'src' ? `src/${parts[1]}` : parts[0];
}

describe('architecture invariants', () => {
  it('src/engine imports nothing else from src', () => {
    const bad = imports('src/engine').filter((i) => {
      const t = target(i);
      return t !== null && t !== 'src/engine';
    });
    expect(bad).toEqual([]);
  });

  it('only src/extension.ts and src/client import vscode', () => {
    const bad = [...imports('src'), ...imports('webview')].filter(
      (i) => i.spec === 'vscode' && !i.file.startsWith('src/client/') && i.file !== 'src/extension.ts',
    );
    expect(bad).toEqual([]);
  });

  it('the interpreter does not import the analysis or the faces', () => {
    const bad = imports('src/python').filter((i) => ['src/analysis', 'src/cli', 'src/server', 'src/client'].includes(target(i) ?? ''));
    expect(bad).toEqual([]);
  });

  it('the analysis does not import the faces', () => {
    const bad = imports('src/analysis').filter((i) => ['src/cli', 'src/server', 'src/client', 'webview'].includes(target(i) ?? ''));
    expect(bad).toEqual([]);
  });

  it('the webview imports only types from src', () => {
    const bad = imports('webview').filter((i) => (target(i) ?? '').startsWith('src/') && !i.typeOnly);
    expect(bad).toEqual([]);
  });

  it('the rules can fail: a made-up engine import is caught', () => {
    const fake: Import = { file: 'src/engine/x.ts', spec: '../python/run', typeOnly: false };
    expect(target(fake)).toBe('src/python');
  });
});
