# %-formatting with np.int64 (an integer through __index__, not an int subclass) and np.bool_
# (a number with int() and float() but no __index__ in numpy 2).
import numpy as np

i = np.int64(42)
b = np.bool_(True)
print('%d|%i|%u|%x|%X|%o|%#x|%#o' % (i, i, i, i, i, i, i, i))
print('%5d|%-5d|%05d|%+d|% d' % (i, i, -i, i, i))
print('%f|%.2e|%g|%s|%r' % (i, i, i, i, i))
print('%c%c' % (np.int64(72), np.int64(105)))
print('%d|%i|%f|%.1f|%s|%r' % (b, b, b, np.bool_(False), b, np.bool_(False)))
print('%(n)d items, %(ok)s' % {'n': np.int64(3), 'ok': b})
print('%s and %s' % (np.int64(-7), np.bool_(False)))
for template in ['%x', '%o', '%c']:
    try:
        print(template % b)
    except TypeError as e:
        print(type(e).__name__, e)
for template, args in [('%*d', (np.int64(5), 1)), ('%.*f', (np.int64(2), 1.0)), ('%*d', (5, np.int64(1)))]:
    try:
        print(repr(template % args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print('%d' % 'a')
except TypeError as e:
    print(e)
