# Python's number functions with numpy scalars: float(), int(), round(), abs(), divmod(), pow(),
# and the math module (floor, ceil, trunc, isclose, sqrt, exp, fsum), with numpy's result types.
import math
import numpy as np

f, g, i = np.float64(2.7), np.float32(0.1), np.int64(-7)
print(float(g), float(i), int(f), int(np.float32(-3.9)), int(i), float(np.bool_(True)), int(np.bool_(True)))
print(type(float(g)).__name__, type(int(f)).__name__, type(float(f)).__name__)
print(round(np.float64(2.5)), round(np.float64(3.5)), round(np.float32(-0.5)), round(i), round(g))
print(repr(round(f, 1)), repr(round(np.float32(1.2345), 2)), repr(round(i, -1)), repr(round(i, 1)))
print(abs(i), abs(np.float32(-1.5)), repr(abs(np.float64(-0.0))))
print(divmod(f, 1), divmod(i, 3), divmod(7, np.int64(2)), pow(np.int64(3), 2), pow(2, np.float64(0.5)))
print(math.floor(f), math.ceil(g), math.trunc(np.float64(-2.5)), math.floor(i), math.ceil(np.float32(2.0)))
print(type(math.floor(f)).__name__, math.isclose(f, 2.7), math.isclose(g, 0.1), math.isclose(g, 0.1, rel_tol=1e-6))
print(math.sqrt(np.int64(16)), math.exp(np.float32(0.0)), math.log(np.float64(math.e)), math.fsum([g, g, g]))
print(math.isnan(np.float64('nan')), math.isinf(np.float32('inf')), math.isfinite(i), math.hypot(np.int64(3), np.float64(4)))
print(f.is_integer(), np.float64(4.0).is_integer(), f.as_integer_ratio(), np.float64(0.75).as_integer_ratio())
print(repr(f.real), repr(f.imag), repr(f.conjugate()), repr(i.real))
print(bool(np.float64(0.0)), bool(g), bool(np.int64(0)), bool(np.bool_(False)), not np.int64(5))
for bad in [np.float64('nan'), np.float32('inf')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
