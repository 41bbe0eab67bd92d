// str() and repr() of numpy scalars (np.float64, np.float32, np.int64, np.uint8..., np.bool), numpy 2.x.
import type { DType } from '../../engine';
import { dragon4Positional, dragon4Scientific } from './dragon4';
import { floatRepr } from './float-repr';
import { intText } from './numpy-element-format';

/** str(np.float32(x)): shortest float32 digits, positional for 1e-4 <= |x| < 1e6 (compared as doubles). */
function float32Str(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const abs = Math.abs(x);
  const common = { width: 32, precision: -1, minDigits: -1, padLeft: -1, padRight: -1, expDigits: -1 } as const;
  if (abs === 0 || (abs < 1e6 && abs >= 1e-4)) return dragon4Positional(x, { ...common, trim: '0' });
  return dragon4Scientific(x, { ...common, trim: '-' });
}

/** What print shows for a numpy scalar of the dtype: '1.0', '0.1' (float32), '3', 'True'. */
export function scalarStr(value: number, dtype: DType): string {
  switch (dtype) {
    case 'float64':
      return floatRepr(value);
    case 'float32':
      return float32Str(value);
    case 'bool':
      return value ? 'True' : 'False';
    default:
      return intText(value);
  }
}

/** numpy 2's repr of a scalar: np.float64(1.0), np.float32(0.1), np.int64(3), np.True_. */
export function scalarRepr(value: number, dtype: DType): string {
  if (dtype === 'bool') return value ? 'np.True_' : 'np.False_';
  return `np.${dtype}(${scalarStr(value, dtype)})`;
}
