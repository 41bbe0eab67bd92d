# Comparisons between numpy scalars and Python numbers: numpy answers with np.bool_, containers
# compare by ==, and min/max/sorted mix the types keeping the objects they were given.
import numpy as np

f, g, i = np.float64(0.5), np.float32(0.1), np.int64(3)
print(f == 0.5, i == 3, i == 3.0, g == 0.1, g == np.float32(0.1), np.bool_(True) == 1)
print(repr(f == 0.5), repr(i != 3), repr(f < 1), repr(2 < i), repr(i >= 3.0), repr(0.5 <= f))
print(0.5 == f, 3 == i, 3.0 == i, True == np.bool_(True), f == np.float32(0.5), i == np.float64(3.0))
print([f, i] == [0.5, 3], (i,) == (3,), [np.float64(1.0)] == [1], i in [1, 2, 3], f in (0.5,))
print(min(f, 1), max(i, 2), min([g, 1.5, np.int64(1)]), max(np.float64(1), np.int64(1)))
print(sorted([i, 1, f, np.float32(2.5), True]), sorted([np.int64(2), np.int64(-1)], reverse=True))
print(max([np.float64(0.3), 0.7, np.float32(0.5)], key=abs), [1, 2, 3].index(np.int64(2)))
print([1, 2, 2, 3].count(np.int64(2)), (0.5, 1.0).count(f), np.int64(2) in range(5))
print(np.float64('nan') == np.float64('nan'), np.float64('nan') != 1, i is i, i == i)
print(f == 'a', i != None, f == [0.5])
for a, b in [(i, 'a'), (None, f)]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError', e)
