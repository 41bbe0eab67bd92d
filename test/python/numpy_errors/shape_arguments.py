# np.zeros / ones / empty shape arguments: ints, tuples, numpy ints, and numpy's errors for floats,
# numpy floats, strings and None.
import numpy as np
for v in [np.float64(2), 2.5, 'a', [2.0], (2, 2.0), None, np.int64(3), (2, np.int64(2)), 0, ()]:
    try:
        print(np.zeros(v).shape, np.ones(v).dtype)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    np.zeros(-1)
except ValueError as e:
    print(type(e).__name__, e)
