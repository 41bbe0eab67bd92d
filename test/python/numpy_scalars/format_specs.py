# format(), str.format and format specs with numpy scalars: numpy formats a scalar as the Python
# bool, int or float it converts to, so np.float32 shows its full double value with an empty spec.
import numpy as np

f = np.float64(2.5)
g = np.float32(0.1)
i = np.int64(1234567)
b = np.bool_(True)
print('{:.3f}|{:.3f}|{:e}|{:g}|{:%}'.format(g, f, g, g, f))
print('{}|{}|{}|{}'.format(f, g, i, b))
print('{!r}|{!s}|{!r}|{!s}'.format(g, g, i, b))
print(format(g), format(g, ''), format(f), format(i), format(b))
print('[{:>10}] [{:<10}] [{:^10}] [{:*^12.2f}]'.format(f, i, b, g))
print('{:,} {:_d} {:x} {:#o} {:08.3f} {:+.1e}'.format(i, i, i, np.int64(8), f, g))
print('{:d} {:5} {:>6} {:.2f} {:e}'.format(b, b, b, b, np.bool_(False)))
print('{:.0f} {:.0f} {:.0f}'.format(np.float64(2.5), np.float32(3.5), np.float64(-0.5)))
print('{:n} {:g} {:.20f}'.format(g, np.float32(1e20), g))
print(format(np.float32(1e-7), ''), format(np.float32(3.0), '>8'), format(np.int64(-5), '05'))
for value, spec in [(f, 'd'), (g, 'd'), (i, 's'), (b, 's'), (f, 'x'), (np.int64(65), 'c'), (i, 'c')]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
