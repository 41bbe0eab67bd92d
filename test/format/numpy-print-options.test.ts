// numpy arrays printed under print options (np.printoptions), against the fixture
// scripts/format-cases.py wrote with numpy 2.x: str, repr and array2string with a separator,
// prefix and suffix of its own, or the error numpy raised.
import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import type { DType } from '../../src/engine';
import {
  DEFAULT_PRINT_OPTIONS,
  FormatError,
  FloatMode,
  NumpyPrintOptions,
  SignMode,
  array2string,
  arrayRepr,
  arrayStr,
} from '../../src/python/format';
import { Outcome, loadCases, parseHexFloat } from './fixtures';

interface OptionsCase {
  dtype: DType;
  shape: number[];
  data: (string | number)[];
  options: {
    precision?: number;
    floatmode?: FloatMode;
    suppress?: boolean;
    sign?: SignMode;
    nanstr?: string;
    infstr?: string;
    threshold?: number;
    edgeitems?: number;
    linewidth?: number;
  };
  str: Outcome;
  repr: Outcome;
  array2string: Outcome;
}

function toTensor(c: OptionsCase): Tensor {
  const data = Float64Array.from(c.data, (v) => (typeof v === 'number' ? v : parseHexFloat(v)));
  if (c.shape.length === 0) return new Tensor(data[0], [], c.dtype);
  return new Tensor(data, c.shape, c.dtype);
}

function toOptions(o: OptionsCase['options']): NumpyPrintOptions {
  const d = DEFAULT_PRINT_OPTIONS;
  return {
    precision: o.precision ?? d.precision,
    floatMode: o.floatmode ?? d.floatMode,
    suppress: o.suppress ?? d.suppress,
    sign: o.sign ?? d.sign,
    nanStr: o.nanstr ?? d.nanStr,
    infStr: o.infstr ?? d.infStr,
    threshold: o.threshold ?? d.threshold,
    edgeItems: o.edgeitems ?? d.edgeItems,
    lineWidth: o.linewidth ?? d.lineWidth,
  };
}

function outcome(fn: () => string): Outcome {
  try {
    return { out: fn() };
  } catch (e) {
    if (e instanceof FormatError) return { error: e.pyType, message: e.message };
    throw e;
  }
}

describe('numpy array printing under print options', () => {
  const cases = loadCases<OptionsCase>('format-numpy-printoptions.json');
  it('has the committed numpy cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });
  const printers = {
    str: (t: Tensor, o: NumpyPrintOptions) => arrayStr(t, o),
    repr: (t: Tensor, o: NumpyPrintOptions) => arrayRepr(t, o),
    array2string: (t: Tensor, o: NumpyPrintOptions) => array2string(t, o, ';', 'xy', 'zzz'),
  };
  for (const [name, print] of Object.entries(printers) as [keyof typeof printers, (typeof printers)['str']][]) {
    it(`${name} matches numpy on every fixture case`, () => {
      const wrong = cases
        .map((c) => ({ c, got: outcome(() => print(toTensor(c), toOptions(c.options))) }))
        .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c[name]))
        .map(({ c, got }) => ({ dtype: c.dtype, shape: c.shape, data: c.data.slice(0, 8), options: c.options, expected: c[name], got }));
      expect({ mismatches: wrong.length, first: wrong.slice(0, 4) }).toEqual({ mismatches: 0, first: [] });
    });
  }
});
