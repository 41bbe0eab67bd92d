import numpy as np

pairs = [((2, 3), (2,)), ((3, 1, 4), (2, 4)), ((5,), (4,)), ((2, 2), (3, 2, 3))]
for sa, sb in pairs:
    try:
        np.ones(sa) + np.ones(sb)
    except ValueError as e:
        print(repr(str(e)))
try:
    x = np.zeros((2, 3))
    x[:] = np.ones(2)
except ValueError as e:
    print(e)
try:
    y = np.zeros(3)
    y += np.ones((2, 3))
except ValueError as e:
    print(e)
try:
    np.zeros((3, 2))[[0, 1]] = np.ones(3)
except ValueError as e:
    print(e)
