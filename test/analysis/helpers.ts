// Shared by the analysis tests: analyse a source string, pick out checks and diagnostics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnalyzeOptions, type Report, analyze, loadAnalysis } from '../../src/analysis';

export async function ready(): Promise<void> {
  await loadAnalysis();
}

export function run(source: string, options: Partial<AnalyzeOptions> = {}): Report {
  return analyze(source, { filename: 'test.py', maxSeconds: 60, ...options });
}

export function example(path: string): string {
  return readFileSync(join(__dirname, '../../examples', path), 'utf8');
}

export function binding(r: Report, name: string, scope = '<module>'): Report['bindings'][number] {
  const b = [...r.bindings].reverse().find((x) => x.name === name && x.scope === scope);
  if (b === undefined) throw new Error(`no binding ${scope}:${name} in ${r.bindings.map((x) => `${x.scope}:${x.name}`).join(', ')}`);
  return b;
}
