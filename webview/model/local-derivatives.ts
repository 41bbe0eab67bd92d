// The local derivative of each op with respect to each input, from the op's name, its attrs and
// the recorded input/output values - the "local gradient" of the lecture - and how it turns
// the upstream gradient into the downstream one. Element-wise ops give the local derivative as
// numbers (a diagonal Jacobian); vector ops name their Jacobian's shape and give the
// vector-Jacobian product instead of forming it.
import {
  type NdArray,
  broadcastTo,
  filled,
  map,
  matmul2d,
  reshape,
  sizeOf,
  sumTo,
  transpose,
  zipWith,
} from './ndarray';

export interface OpContext {
  op: string;
  attrs: Readonly<Record<string, unknown>>;
  /** Input values (null where the Report summarised a large value). */
  inputs: ReadonlyArray<NdArray | null>;
  inputShapes: ReadonlyArray<readonly number[]>;
  /** Display names of the inputs (a, b, x, W...). */
  inputNames: readonly string[];
  output: NdArray | null;
  outputShape: readonly number[];
}

export type LocalRule =
  /** out = f(inputs) element-wise: d out / d input as numbers, broadcast like the op. */
  | { kind: 'elementwise'; formula: string; local: NdArray | null }
  /** A vector op: the Jacobian is not formed; `vjp` maps the upstream to the downstream. */
  | { kind: 'vjp'; formula: string; jacobian: string; vjp: ((upstream: NdArray) => NdArray | null) | null }
  /** No gradient flows to this input (a condition, an integer exponent, an index). */
  | { kind: 'none'; formula: string };

export interface OpRules {
  /** The gate's pattern from the lecture, when the op is one of them. */
  pattern: string | null;
  rules: LocalRule[];
}

const jacobianText = (out: readonly number[], input: readonly number[]): string =>
  `Jacobian ${sizeOf(out)}x${sizeOf(input)} (d out ${shapeText(out)} / d input ${shapeText(input)}), not formed`;
export const shapeText = (s: readonly number[]): string => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/** Element-wise local derivative from the values, or null when a value is not available. */
function ew(formula: string, compute: () => NdArray | null): LocalRule {
  return { kind: 'elementwise', formula, local: compute() };
}

/** f applied element-wise to x, or null when x is not available. */
const each = (x: NdArray | null, f: (v: number) => number): NdArray | null => (x === null ? null : map(x, f));
/** f applied element-wise to x and y (broadcast), or null when either is not available. */
const each2 = (x: NdArray | null, y: NdArray | null, f: (u: number, v: number) => number): NdArray | null =>
  x === null || y === null ? null : zipWith([x, y], ([u, v]) => f(u, v));

export function opRules(c: OpContext): OpRules {
  const [a, b] = c.inputs;
  const y = c.output;
  const [na, nb] = c.inputNames;
  const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);
  switch (c.op) {
    case 'add':
      return { pattern: 'add gate: distributes the upstream gradient unchanged to every input', rules: [ew('d out/d a = 1', () => filled([], 1)), ew('d out/d b = 1', () => filled([], 1))] };
    case 'sub':
      return { pattern: 'add gate with a sign: +upstream to the first input, -upstream to the second', rules: [ew('d out/d a = 1', () => filled([], 1)), ew('d out/d b = -1', () => filled([], -1))] };
    case 'mul':
      return {
        pattern: 'mul gate: swaps the inputs - each gets upstream x the other input',
        rules: [ew(`d out/d ${na} = ${nb}`, () => b), ew(`d out/d ${nb} = ${na}`, () => a)],
      };
    case 'div':
      return {
        pattern: null,
        rules: [
          ew(`d out/d ${na} = 1/${nb}`, () => each(b, (v) => 1 / v)),
          ew(`d out/d ${nb} = -${na}/${nb}^2`, () => (each2(a, b, (u, v) => -u / (v * v)))),
        ],
      };
    case 'neg':
      return { pattern: null, rules: [ew('d out/d x = -1', () => filled([], -1))] };
    case 'exp':
      return { pattern: null, rules: [ew('d e^x/dx = e^x (the output)', () => y)] };
    case 'expm1':
      return { pattern: null, rules: [ew('d (e^x - 1)/dx = e^x = out + 1', () => each(y, (v) => v + 1))] };
    case 'log':
      return { pattern: null, rules: [ew('d log x/dx = 1/x', () => each(a, (v) => 1 / v))] };
    case 'log1p':
      return { pattern: null, rules: [ew('d log(1 + x)/dx = 1/(1 + x)', () => each(a, (v) => 1 / (1 + v)))] };
    case 'tanh':
      return { pattern: null, rules: [ew('d tanh x/dx = 1 - y^2', () => each(y, (v) => 1 - v * v))] };
    case 'sigmoid':
      return { pattern: null, rules: [ew('d s/dx = s (1 - s)', () => each(y, (v) => v * (1 - v)))] };
    case 'relu':
      return { pattern: 'max gate (with 0): routes the gradient where x > 0, 0 elsewhere', rules: [ew('d relu x/dx = 1 if x > 0 else 0', () => each(a, (v) => (v <= 0 ? 0 : 1)))] };
    case 'sin':
      return { pattern: null, rules: [ew('d sin x/dx = cos x', () => each(a, Math.cos))] };
    case 'cos':
      return { pattern: null, rules: [ew('d cos x/dx = -sin x', () => each(a, (v) => -Math.sin(v)))] };
    case 'square':
      return { pattern: null, rules: [ew('d x^2/dx = 2x', () => each(a, (v) => 2 * v))] };
    case 'sqrt':
      return { pattern: null, rules: [ew('d sqrt x/dx = 1/(2 sqrt x)', () => each(y, (v) => 1 / (2 * v)))] };
    case 'abs':
      return { pattern: null, rules: [ew('d |x|/dx = sign x', () => each(a, Math.sign))] };
    case 'sign':
    case 'floor':
    case 'ceil':
    case 'floorDivide':
      return { pattern: null, rules: c.inputs.map(() => ew(`d ${c.op}/dx = 0 (piecewise constant)`, () => filled([], 0))) };
    case 'mod':
      return {
        pattern: null,
        rules: [ew('d (a mod b)/d a = 1', () => filled([], 1)), ew('d (a mod b)/d b = -floor(a/b)', () => (each2(a, b, (u, v) => -Math.floor(u / v))))],
      };
    case 'pow': {
      const n = num(c.attrs.exponent);
      const rules: LocalRule[] = [
        ew(n === null ? 'd a^b/d a = b a^(b-1)' : `d x^n/dx = n x^(n-1) = ${n} x^${n - 1}`, () =>
          each2(a, b, (u, v) => (v === 0 ? 0 : v * Math.pow(u, v - 1))),
        ),
      ];
      rules.push(
        n !== null && Number.isInteger(n)
          ? { kind: 'none', formula: 'the exponent is a constant of the program: no gradient' }
          : ew('d a^b/d b = a^b log a', () => (each2(a, b, (u, v) => (u === 0 && v >= 0 ? 0 : Math.pow(u, v) * Math.log(u))))),
      );
      return { pattern: null, rules };
    }
    case 'maximum':
    case 'minimum': {
      const larger = c.op === 'maximum' ? 'larger' : 'smaller';
      const wins = c.op === 'maximum' ? (u: number, v: number) => u > v : (u: number, v: number) => u < v;
      return {
        pattern: `${c.op === 'maximum' ? 'max' : 'min'} gate: routes the whole gradient to the ${larger} input, 0 to the other (a tie splits it)`,
        rules: [
          ew(`d out/d ${na} = 1 where ${na} is ${larger}, else 0`, () => (each2(a, b, (u, v) => (u === v ? 0.5 : wins(u, v) || u !== u ? 1 : 0)))),
          ew(`d out/d ${nb} = 1 where ${nb} is ${larger}, else 0`, () => (each2(a, b, (u, v) => (u === v ? 0.5 : wins(v, u) || v !== v ? 1 : 0)))),
        ],
      };
    }
    case 'clip':
      return clipRules(c);
    case 'where':
      return {
        pattern: 'where: routes the gradient by the condition',
        rules: [
          { kind: 'none', formula: 'the condition gets no gradient' },
          ew('d out/d a = 1 where the condition holds', () => each(c.inputs[0], (v) => (v !== 0 ? 1 : 0))),
          ew('d out/d b = 1 where it does not', () => each(c.inputs[0], (v) => (v !== 0 ? 0 : 1))),
        ],
      };
    case 'astype':
      return { pattern: null, rules: [typeof c.attrs.dtype === 'string' && !c.attrs.dtype.startsWith('float') ? { kind: 'none', formula: `cast to ${c.attrs.dtype}: no gradient` } : ew('d out/dx = 1', () => filled([], 1))] };
    case 'sum':
    case 'mean':
      return reductionRules(c);
    case 'max':
    case 'min':
      return extremumRules(c);
    case 'matmul':
    case 'dot':
      return matmulRules(c);
    case 'outer':
      return outerRules(c);
    case 'softmax':
    case 'logSoftmax':
      return softmaxRules(c);
    case 'reshape':
    case 'squeeze':
    case 'expand_dims':
      return {
        pattern: null,
        rules: [{ kind: 'vjp', formula: `dL/dx = (dL/d out).reshape${shapeText(c.inputShapes[0])}`, jacobian: 'a permutation-free identity: only the shape changes', vjp: (g) => reshape(g, c.inputShapes[0]) }],
      };
    case 'transpose': {
      const perm = Array.isArray(c.attrs.axes) ? (c.attrs.axes as number[]) : [...c.inputShapes[0].keys()].reverse();
      const inverse = perm.map((_, i) => perm.indexOf(i));
      return {
        pattern: null,
        rules: [{ kind: 'vjp', formula: `dL/dx = (dL/d out).transpose(${inverse.join(',')})`, jacobian: 'a permutation of the elements', vjp: (g) => transpose(g, inverse) }],
      };
    }
    case 'broadcast_to':
      return {
        pattern: 'copy gate: the broadcast copies add their gradients back up',
        rules: [{ kind: 'vjp', formula: 'dL/dx = dL/d out summed over the broadcast axes', jacobian: jacobianText(c.outputShape, c.inputShapes[0]), vjp: (g) => sumTo(g, c.inputShapes[0]) }],
      };
    default:
      return {
        pattern: null,
        rules: c.inputs.map((_, i) => ({ kind: 'vjp', formula: `the VJP of ${c.op} (not shown step by step; the total is the recorded gradient)`, jacobian: jacobianText(c.outputShape, c.inputShapes[i]), vjp: null })),
      };
  }
}

function clipRules(c: OpContext): OpRules {
  const [a] = c.inputs;
  const lo = typeof c.attrs.lo === 'number' ? c.attrs.lo : null;
  const hi = typeof c.attrs.hi === 'number' ? c.attrs.hi : null;
  const inside = (v: number): number => ((lo === null || v >= lo) && (hi === null || v <= hi) ? 1 : 0);
  const rules: LocalRule[] = [ew('d clip(x)/dx = 1 inside the bounds, 0 outside', () => (a !== null && (lo !== null || hi !== null || c.inputs.length === 1) ? map(a, inside) : null))];
  for (let i = 1; i < c.inputs.length; i++) rules.push({ kind: 'vjp', formula: 'a bound gets the gradient where it clipped x', jacobian: jacobianText(c.outputShape, c.inputShapes[i]), vjp: null });
  return { pattern: 'clip: routes the gradient to x inside the bounds, to the bound outside', rules };
}

/** The reduced axes of a reduction's attrs (axis: undefined/null = all). */
function reducedAxes(attrs: Readonly<Record<string, unknown>>, ndim: number): number[] {
  const axis = attrs.axis;
  const list = axis === undefined || axis === null ? [...Array(ndim).keys()] : Array.isArray(axis) ? (axis as number[]) : [axis as number];
  return list.map((x) => (x < 0 ? x + ndim : x));
}

/** The upstream of a reduction reshaped with the reduced axes kept as 1 (so it broadcasts back). */
function keptDims(g: NdArray, inputShape: readonly number[], axes: readonly number[]): NdArray {
  return reshape(g, inputShape.map((d, i) => (axes.includes(i) ? 1 : d)));
}

function reductionRules(c: OpContext): OpRules {
  const shape = c.inputShapes[0];
  const axes = reducedAxes(c.attrs, shape.length);
  const n = axes.reduce((s, ax) => s * shape[ax], 1);
  const scale = c.op === 'mean' ? 1 / n : 1;
  return {
    pattern: `${c.op}: the upstream gradient is broadcast back to every ${c.op === 'mean' ? 'averaged' : 'summed'} element${c.op === 'mean' ? `, times 1/${n}` : ''}`,
    rules: [
      {
        kind: 'vjp',
        formula: c.op === 'mean' ? `dL/dx_i = dL/d out / ${n}` : 'dL/dx_i = dL/d out',
        jacobian: jacobianText(c.outputShape, shape),
        vjp: (g) => map(broadcastTo(keptDims(g, shape, axes), shape), (v) => v * scale),
      },
    ],
  };
}

function extremumRules(c: OpContext): OpRules {
  const shape = c.inputShapes[0];
  const axes = reducedAxes(c.attrs, shape.length);
  const [a] = c.inputs;
  const y = c.output;
  return {
    pattern: `${c.op} gate: routes the whole gradient to the ${c.op === 'max' ? 'largest' : 'smallest'} element (ties share it)`,
    rules: [
      {
        kind: 'vjp',
        formula: `dL/dx_i = dL/d out where x_i is the ${c.op}, else 0`,
        jacobian: jacobianText(c.outputShape, shape),
        vjp:
          a === null || y === null
            ? null
            : (g) => {
                const best = broadcastTo(keptDims(y, shape, axes), shape);
                const hit = zipWith([a, best], ([u, v]) => (u === v || (u !== u && v !== v) ? 1 : 0))!;
                const ties = broadcastTo(keptDims(reduceKeep(hit, axes), shape, axes), shape);
                return zipWith([broadcastTo(keptDims(g, shape, axes), shape), hit, ties], ([gi, h, t]) => (h === 0 ? 0 : gi / t));
              },
      },
    ],
  };
}

/** Sum over `axes` with the reduced axes dropped. */
function reduceKeep(a: NdArray, axes: readonly number[]): NdArray {
  const kept = a.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return reshape(sumTo(a, kept), a.shape.filter((_, i) => !axes.includes(i)));
}

function matmulRules(c: OpContext): OpRules {
  const [sa, sb] = c.inputShapes;
  const [a, b] = c.inputs;
  const [na, nb] = c.inputNames.map((n) => (n.length <= 3 ? n : n === c.inputNames[0] ? 'X' : 'W'));
  const pattern = `matrix multiply Y = ${na} ${nb}: dL/d${na} = dL/dY ${nb}^T, dL/d${nb} = ${na}^T dL/dY`;
  if (sa.length === 0 || sb.length === 0) return { pattern: 'mul gate (a scalar dot): swaps the inputs', rules: [ew(`d out/d ${na} = ${nb}`, () => b), ew(`d out/d ${nb} = ${na}`, () => a)] };
  const small = sa.length <= 2 && sb.length <= 2;
  // numpy promotes a 1-D left operand to a row (1,k) and a 1-D right operand to a column (k,1)
  const a2 = sa.length === 1 ? [1, sa[0]] : [...sa];
  const b2 = sb.length === 1 ? [sb[0], 1] : [...sb];
  const g2 = [a2[0], b2[1]];
  const vjpA = (g: NdArray): NdArray | null => (b === null ? null : mapShape(matmul2d(reshape(g, g2), transpose(reshape(b, b2), [1, 0])), sa));
  const vjpB = (g: NdArray): NdArray | null => (a === null ? null : mapShape(matmul2d(transpose(reshape(a, a2), [1, 0]), reshape(g, g2)), sb));
  return {
    pattern,
    rules: [
      { kind: 'vjp', formula: `dL/d${na} = dL/dY ${nb}^T`, jacobian: jacobianText(c.outputShape, sa), vjp: small ? vjpA : null },
      { kind: 'vjp', formula: `dL/d${nb} = ${na}^T dL/dY`, jacobian: jacobianText(c.outputShape, sb), vjp: small ? vjpB : null },
    ],
  };
}

const mapShape = (x: NdArray | null, shape: readonly number[]): NdArray | null => (x === null ? null : reshape(x, shape));

function outerRules(c: OpContext): OpRules {
  const [a, b] = c.inputs;
  const m = sizeOf(c.inputShapes[0]);
  const n = sizeOf(c.inputShapes[1]);
  return {
    pattern: 'outer product Y = a b^T: dL/da = dL/dY b, dL/db = dL/dY^T a',
    rules: [
      { kind: 'vjp', formula: 'dL/da = dL/dY b', jacobian: jacobianText(c.outputShape, c.inputShapes[0]), vjp: (g) => (b === null ? null : mapShape(matmul2d(g, reshape(b, [n, 1])), c.inputShapes[0])) },
      { kind: 'vjp', formula: 'dL/db = dL/dY^T a', jacobian: jacobianText(c.outputShape, c.inputShapes[1]), vjp: (g) => (a === null ? null : mapShape(matmul2d(transpose(g, [1, 0]), reshape(a, [m, 1])), c.inputShapes[1])) },
    ],
  };
}

function softmaxRules(c: OpContext): OpRules {
  const shape = c.inputShapes[0];
  const axis = typeof c.attrs.axis === 'number' ? (c.attrs.axis < 0 ? c.attrs.axis + shape.length : c.attrs.axis) : shape.length - 1;
  const y = c.output;
  const groupSum = (x: NdArray): NdArray => broadcastTo(keptDims(reduceKeep(x, [axis]), shape, [axis]), shape);
  if (c.op === 'softmax')
    return {
      pattern: null,
      rules: [
        {
          kind: 'vjp',
          formula: 'dL/dx = y * (dL/dy - sum(dL/dy * y))  (Jacobian diag(y) - y y^T per row)',
          jacobian: jacobianText(c.outputShape, shape),
          vjp: y === null ? null : (g) => zipWith([y, g, groupSum(zipWith([g, y], ([u, v]) => u * v)!)], ([yi, gi, s]) => yi * (gi - s)),
        },
      ],
    };
  return {
    pattern: null,
    rules: [
      {
        kind: 'vjp',
        formula: 'dL/dx = dL/dy - softmax(x) * sum(dL/dy)',
        jacobian: jacobianText(c.outputShape, shape),
        vjp: y === null ? null : (g) => zipWith([g, y, groupSum(g)], ([gi, yi, s]) => gi - Math.exp(yi) * s),
      },
    ],
  };
}
