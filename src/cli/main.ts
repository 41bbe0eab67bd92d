// The `gradlens` command (its contract: CLI.md). Every subcommand reads the same analysis the
// editor shows; `run` behaves like `python FILE`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type Report, analyze, loadAnalysis, toTraceJson } from '../analysis';
import { loadPython, runSource } from '../python/run';
import { diskModuleFiles } from '../python/disk-module-files';
import { directoryOf, findModule } from '../python/runtime/module-files';
import { toDot, toMermaid } from './graph-format';
import { toSarif } from './sarif';
import { shapeText, shortValue, table } from './format-value';

const VERSION = '0.1.0';
const USAGE = `usage: gradlens <command> [options]

commands:
  run FILE                        run FILE like \`python FILE\` (print output on stdout)
  trace FILE [--root NAME] [--json]
                                  every binding's value and gradient of the root
  check PATH... [--json | --sarif]
                                  gradient checks of every Python file under the paths
  graph FILE [--root NAME] [--format mermaid|dot|json]
                                  the computational graph that reaches the root

budgets: --max-steps N (50000000)  --max-seconds S (10)  --max-elements N (50000000)
tolerance of the gradient checks: --rtol R (1e-5)  --atol A (1e-7): an element passes when
  |yours - exact| <= atol + rtol |exact|
`;

class UsageError extends Error {}

interface Budgets {
  maxSteps?: number;
  maxSeconds?: number;
  maxElements?: number;
  tolerance?: { rtol?: number; atol?: number };
}

function nonNegative(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} takes a number >= 0, not '${v}'`);
  return n;
}

function positiveNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} takes a positive number, not '${v}'`);
  return n;
}

function parse(argv: string[], extra: Record<string, { type: 'string' | 'boolean' }>): { values: Record<string, string | boolean | undefined>; positionals: string[]; budgets: Budgets } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'max-steps': { type: 'string' },
        'max-seconds': { type: 'string' },
        'max-elements': { type: 'string' },
        rtol: { type: 'string' },
        atol: { type: 'string' },
        ...extra,
      },
    });
    const v = values as Record<string, string | boolean | undefined>;
    return {
      values: v,
      positionals,
      budgets: {
        maxSteps: positiveNumber('max-steps', v['max-steps'] as string | undefined),
        maxSeconds: positiveNumber('max-seconds', v['max-seconds'] as string | undefined),
        maxElements: positiveNumber('max-elements', v['max-elements'] as string | undefined),
        tolerance: { rtol: nonNegative('rtol', v.rtol as string | undefined), atol: nonNegative('atol', v.atol as string | undefined) },
      },
    };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
}

function oneFile(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one FILE`);
  return positionals[0];
}

/** The exit code of an analysed run: 0, 1 (raised / unsupported / syntax), 3 (budget). */
function runExit(r: Report): number {
  return r.exitCode;
}

async function cmdRun(argv: string[]): Promise<number> {
  const { positionals, budgets } = parse(argv, {});
  const file = oneFile(positionals, 'run');
  const source = readSource(file);
  await loadPython();
  const r = runSource(source, { filename: file, moduleFiles: diskModuleFiles(), ...budgets });
  process.stdout.write(r.stdout);
  if (r.stderr !== '') process.stderr.write(r.stderr);
  return r.exitCode;
}

function traceTable(r: Report): string {
  const rootName = r.root?.name ?? 'root';
  const head = r.root === null ? 'no root: nothing to backpropagate from' : `root: ${r.root.name} = ${shortValue(r.root.value, undefined, 'float64')} (line ${r.root.line})`;
  const rows: string[][] = [['name', 'line', 'scope', 'shape', 'value', `∂${rootName}/∂name`]];
  for (const b of r.bindings) {
    const count = b.count > 1 ? ` ×${b.count}` : '';
    rows.push([b.name, `${b.line}${count}`, b.scope, shapeText(b.shape), shortValue(b.value, b.shape, b.dtype), b.grad === null ? '-' : shortValue(b.grad, b.shape, 'float64')]);
  }
  const parts = [head, '', table(rows)];
  if (r.checks.length > 0) {
    parts.push('', 'checks:');
    for (const c of r.checks)
      parts.push(`  ${c.status === 'pass' ? '✓' : c.status === 'kink' ? '~' : '✗'} ${c.function} (line ${c.line}) w.r.t. ${c.wrt}: ${c.status}, max rel error ${c.maxRelError.toExponential(1)}`);
  }
  if (r.diagnostics.length > 0) {
    parts.push('', 'diagnostics:');
    for (const d of r.diagnostics) parts.push(`  ${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
  }
  return parts.join('\n') + '\n';
}

async function cmdTrace(argv: string[]): Promise<number> {
  const { values, positionals, budgets } = parse(argv, { root: { type: 'string' }, json: { type: 'boolean' } });
  const file = oneFile(positionals, 'trace');
  const source = readSource(file);
  await loadAnalysis();
  const r = analyze(source, { filename: file, root: values.root as string | undefined, moduleFiles: diskModuleFiles(), ...budgets });
  if (values.root !== undefined && r.root === null) process.stderr.write(`gradlens: no numeric binding named '${values.root}' to backpropagate from\n`);
  process.stdout.write(values.json === true ? JSON.stringify(toTraceJson(r), null, 2) + '\n' : traceTable(r));
  return runExit(r);
}

async function cmdGraph(argv: string[]): Promise<number> {
  const { values, positionals, budgets } = parse(argv, { root: { type: 'string' }, format: { type: 'string' } });
  const file = oneFile(positionals, 'graph');
  const format = (values.format as string | undefined) ?? 'mermaid';
  if (!['mermaid', 'dot', 'json'].includes(format)) throw new UsageError(`--format is mermaid, dot or json, not '${format}'`);
  const source = readSource(file);
  await loadAnalysis();
  const r = analyze(source, { filename: file, root: values.root as string | undefined, moduleFiles: diskModuleFiles(), ...budgets });
  if (format === 'json') process.stdout.write(JSON.stringify({ version: 1, file, root: r.root, nodes: r.graph }, null, 2) + '\n');
  else process.stdout.write(format === 'dot' ? toDot(r.graph) : toMermaid(r.graph));
  return runExit(r);
}

/** Quick test, without running: does the file hold anything the checks look at? */
export function mayHoldChecks(source: string): boolean {
  return /_backward\b|\.backward\(|\bgrads?\b|return\s+[^\n]*,\s*\(?\s*d[A-Za-z_]|autograd\.Function|_forward\b/.test(source);
}

/** Whether the file imports a module of its own folder (`from layers import affine_backward`): the
 *  functions it checks may live there. */
export function importsOwnModule(file: string, source: string): boolean {
  const files = diskModuleFiles();
  const path = [directoryOf(file)];
  for (const m of source.matchAll(/^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)|import[ \t]+([A-Za-z_]\w*))/gm))
    if (findModule(files, path, m[1] ?? m[2]) !== null) return true;
  return false;
}

function pythonFiles(path: string, out: string[]): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`no such file or directory: ${path}`);
  }
  if (st.isFile()) {
    out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.') || name === 'node_modules' || name === '__pycache__') continue;
    const p = join(path, name);
    const s = statSync(p);
    if (s.isDirectory()) pythonFiles(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
}

async function cmdCheck(argv: string[]): Promise<number> {
  const { values, positionals, budgets } = parse(argv, { json: { type: 'boolean' }, sarif: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('check takes at least one PATH');
  if (values.json === true && values.sarif === true) throw new UsageError('--json and --sarif exclude each other');
  const files: string[] = [];
  for (const p of positionals) pythonFiles(p, files);
  await loadAnalysis();
  const results: { file: string; report: Report }[] = [];
  for (const file of files) {
    const source = readSource(file);
    if (!mayHoldChecks(source) && !importsOwnModule(file, source)) continue;
    results.push({ file, report: analyze(source, { filename: file, moduleFiles: diskModuleFiles(), ...budgets }) });
  }
  const errors = results.reduce((n, r) => n + r.report.diagnostics.filter((d) => d.severity === 'error').length, 0);
  if (values.sarif === true) {
    process.stdout.write(JSON.stringify(toSarif(results.map((r) => ({ file: r.file, diagnostics: r.report.diagnostics })), VERSION), null, 2) + '\n');
  } else if (values.json === true) {
    const files = results.map((r) => ({ file: r.file, checks: r.report.checks, diagnostics: r.report.diagnostics }));
    process.stdout.write(JSON.stringify({ version: 1, files }, null, 2) + '\n');
  } else {
    for (const r of results)
      for (const d of r.report.diagnostics) process.stdout.write(`${relative(process.cwd(), r.file) || r.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`);
    const checks = results.reduce((n, r) => n + r.report.checks.length, 0);
    const failed = results.reduce((n, r) => n + r.report.checks.filter((c) => c.status === 'mismatch').length, 0);
    process.stdout.write(`${results.length} file(s) with checks, ${checks} check(s), ${failed} mismatch(es), ${errors} error(s)\n`);
  }
  return errors > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await cmdRun(rest);
      case 'trace':
        return await cmdTrace(rest);
      case 'check':
        return await cmdCheck(rest);
      case 'graph':
        return await cmdGraph(rest);
      case '--version':
        process.stdout.write(`gradlens ${VERSION}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`gradlens: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
