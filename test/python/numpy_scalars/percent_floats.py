# %-formatting with numpy floating scalars: they convert like Python floats (%f %e %g), truncate
# for %d, print their str/repr for %s/%r, and refuse %x/%o/%c as CPython does.
import numpy as np

x = np.float64(1.5)
y = np.float32(0.1)
print('%.2f|%d|%s|%r' % (x, x, x, x))
print('%f|%.10f|%e|%g|%s|%r' % (y, y, y, y, y, y))
print('%8.3f|%-8.2e|%+g|% .1f|%08.2f' % (x, -y, x, y, -x))
print('%i %u %d' % (np.float64(-2.7), np.float32(3.9), np.float64(1e15)))
print('%s %r' % (np.float32(1e20), np.float32(1e20)))
print('%.3s|%5s|%-6r|' % (x, y, x))
print('%(a).1f and %(b)s' % {'a': x, 'b': y})
print('%a' % np.float64(0.25))
print('%g %G %E' % (np.float64(1e-7), np.float32(2.5e10), np.float64(123.456)))
for template in ['%x', '%o', '%X', '%c']:
    for value in [x, y]:
        try:
            print(template % value)
        except TypeError as e:
            print(type(e).__name__, e)
for bad in [np.float64('nan'), np.float64('inf')]:
    try:
        print('%d' % bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print('hello' % np.float64(2.0))
