// How fast can gradlens run svm_naive.py's float loops at all, with every float recorded? The
// floor under the interpreter, measured to decide where the 1.5x target (issue 3) can be met.
// It replays the loops of programs/svm_naive.py (200 examples x 10 classes x 100 features: the
// score loop's multiply-adds, then the dW updates of the ~90% of margins that are positive) as
// hand-written TypeScript over the interpreter's own objects (PyList of float handles), in the
// same run as the interpreter and CPython, four ways:
//
//   engine ops           the engine's add/mul/sub on ScalarTensors (tape recording on), lists read
//                        directly: what any implementation that records every float must do;
//   + bindings log       plus the bindings the program reports (`s` and the loop variable `d` per
//                        iteration): what the analysis needs to answer hovers;
//   + interpreter work   plus what the interpreter adds per statement even when compiled ideally:
//                        the frame's line and span, the step budget, origin tags, unbound-local
//                        checks, list type and bounds checks (module-level functions, no closures):
//                        a bound on compiling the loops to JavaScript;
//   the interpreter      gradlens running svm_naive.py (closures, as shipped).
//
// Run: node scripts/bench.mjs interpreter/floor  (env BENCH_REPEAT, default 10; best of N).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Tensor, setOrigin, startScalarTape } from '../../../src/engine';
import { add, mul, sub } from '../../../src/engine/ops/arithmetic';
import { ScalarTensor, newScalar } from '../../../src/engine/tensor';
import { PyList } from '../../../src/python/runtime/collections';
import { loadPython, runSource } from '../../../src/python/run';
import { BindingsLog } from '../../../src/python/trace';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
const N = 200;
const D = 100;
const C = 10;
const SPAN = { line: 1, col: 0, endLine: 1, endCol: 1 };

interface Data {
  X: PyList;
  W: PyList;
  y: number[];
}

/** Deterministic data of svm_naive.py's sizes (the values do not matter, only the work). */
function makeData(): Data {
  let s = 12345;
  const next = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const X = new PyList(Array.from({ length: N }, () => new PyList(Array.from({ length: D }, () => newScalar(next())))));
  const W = new PyList(Array.from({ length: D }, () => new PyList(Array.from({ length: C }, () => newScalar(next() * 0.01)))));
  return { X, W, y: Array.from({ length: N }, (_, i) => (i * 7) % C) };
}

const item = (l: PyList, i: number): Tensor => l.items[i] as Tensor;
const row = (l: PyList, i: number): PyList => l.items[i] as PyList;

/** The loops with nothing but the engine's ops (and, with `log`, the bindings the program reports). */
function engineLoops(data: Data, log: BindingsLog | null): void {
  const bindS = log?.binderFor('svm_loss_naive', 's', SPAN);
  const bindD = log?.binderFor('svm_loss_naive', 'd', { ...SPAN });
  const dW = new PyList(Array.from({ length: D }, () => new PyList(Array.from({ length: C }, () => newScalar(0)))));
  for (let i = 0; i < N; i++) {
    const xi = row(data.X, i);
    const yi = data.y[i];
    for (let j = 0; j < C; j++) {
      let s = newScalar(0);
      for (let d = 0; d < D; d++) {
        bindD?.(1, d);
        s = add(s, mul(item(xi, d), item(row(data.W, d), j)));
        bindS?.(1, s);
      }
    }
    for (let j = 0; j < C; j++) {
      if (j === yi || j === (yi + 1) % C) continue; // ~80-90% of margins are positive
      for (let d = 0; d < D; d++) {
        bindD?.(1, d);
        const r = row(dW, d);
        r.items[j] = add(item(r, j), item(xi, d));
        r.items[yi] = sub(item(r, yi), item(xi, d));
      }
    }
  }
}

// ---- what compiled code would still do per statement -------------------------------------------
const rt = { steps: 0, nextCheck: 1e15, check(_span: unknown): void {} };
interface FrameLike {
  line: number;
  span: unknown;
  slots: unknown[];
}
function local(v: unknown): unknown {
  if (v === undefined) throw new Error('unbound local');
  return v;
}
function subscript(o: unknown, i: unknown, id: number): unknown {
  if (o instanceof PyList && typeof i === 'number' && !o.cls.isUserClass) {
    const items = o.items;
    const k = i < 0 ? i + items.length : i;
    if (k >= 0 && k < items.length) return items[k];
  }
  setOrigin(id);
  throw new Error('not a list index');
}
function floatOp(op: typeof add, a: unknown, b: unknown, id: number): Tensor {
  setOrigin(id);
  if (a instanceof ScalarTensor && b instanceof ScalarTensor) return op(a as unknown as Tensor, b as unknown as Tensor);
  throw new Error('not floats');
}
function statement(f: FrameLike, line: number): void {
  f.line = line;
  f.span = SPAN;
  if (++rt.steps >= rt.nextCheck) rt.check(SPAN);
}

/** The loops as ideally compiled code would run them: the same ops and bindings, plus the
 *  bookkeeping every statement and operand needs (slots 0 X, 1 W, 2 dW, 3 xi, 4 j, 5 s, 6 d, 7 yi). */
function compiledLoops(data: Data, log: BindingsLog): void {
  const bindS = log.binderFor('svm_loss_naive', 's', SPAN);
  const bindD = log.binderFor('svm_loss_naive', 'd', { ...SPAN });
  const f: FrameLike = { line: 0, span: null, slots: new Array(8) };
  const v = f.slots;
  v[0] = data.X;
  v[1] = data.W;
  v[2] = new PyList(Array.from({ length: D }, () => new PyList(Array.from({ length: C }, () => newScalar(0)))));
  for (let i = 0; i < N; i++) {
    statement(f, 3);
    v[3] = subscript(local(v[0]), i, 1);
    v[7] = data.y[i];
    for (let j = 0; j < C; j++) {
      v[4] = j;
      statement(f, 5);
      v[5] = newScalar(0);
      for (let d = 0; d < D; d++) {
        if (++rt.steps >= rt.nextCheck) rt.check(SPAN);
        v[6] = d;
        bindD(1, d);
        statement(f, 7); // s += xi[d] * W[d][j]
        const prod = floatOp(mul, subscript(local(v[3]), local(v[6]), 2), subscript(subscript(local(v[1]), local(v[6]), 3), local(v[4]), 4), 5);
        const s = floatOp(add, local(v[5]), prod, 6);
        v[5] = s;
        bindS(1, s);
      }
    }
    for (let j = 0; j < C; j++) {
      const yi = v[7] as number;
      if (j === yi || j === (yi + 1) % C) continue;
      v[4] = j;
      for (let d = 0; d < D; d++) {
        if (++rt.steps >= rt.nextCheck) rt.check(SPAN);
        v[6] = d;
        bindD(1, d);
        statement(f, 9); // dW[d][j] += xi[d]
        let r = subscript(local(v[2]), local(v[6]), 7) as PyList;
        let k = local(v[4]) as number;
        r.items[k] = floatOp(add, subscript(r, k, 8), subscript(local(v[3]), local(v[6]), 9), 10);
        r.wrote(k);
        statement(f, 10); // dW[d][y[i]] -= xi[d]
        r = subscript(local(v[2]), local(v[6]), 11) as PyList;
        k = local(v[7]) as number;
        r.items[k] = floatOp(sub, subscript(r, k, 12), subscript(local(v[3]), local(v[6]), 13), 14);
        r.wrote(k);
      }
    }
  }
}

function best(run: () => void): number {
  let min = Infinity;
  for (let k = 0; k <= REPEAT; k++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    if (k > 0) min = Math.min(min, ms); // the first run warms up
  }
  return min;
}

async function main(): Promise<void> {
  await loadPython();
  const root = join(__dirname, '..', '..'); // the bundle runs from .cache/bench-interpreter/
  const program = join(root, 'bench', 'interpreter', 'programs', 'svm_naive.py');
  const source = readFileSync(program, 'utf8');
  const withData = (loops: (d: Data) => void) => () => {
    startScalarTape();
    loops(makeData());
  };
  const rows: [string, number][] = [
    ['engine ops', best(withData((d) => engineLoops(d, null)))],
    ['+ bindings log', best(withData((d) => engineLoops(d, new BindingsLog())))],
    ['+ interpreter work', best(withData((d) => compiledLoops(d, new BindingsLog())))],
    ['the interpreter', best(() => void runSource(source, { filename: program, maxSeconds: 600 }))],
  ];
  const cpython = (JSON.parse(execFileSync('python3', [join(root, 'bench', 'interpreter', 'reference.py'), String(REPEAT), program], { encoding: 'utf8' })) as Record<string, number>)[program];
  console.log(`svm_naive.py's float loops, best of ${REPEAT} (ms); CPython runs the whole program in ${cpython.toFixed(1)} ms`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(20)}${ms.toFixed(1).padStart(8)}${(ms / cpython).toFixed(2).padStart(8)}x CPython`);
}

void main();
