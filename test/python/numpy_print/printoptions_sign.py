import numpy as np

a = np.array([1.5, 0.0, 2.25])
b = np.array([-1.5, 0.0, 2.25])
ints = np.array([3, 0, 12])
for sign in ["-", "+", " "]:
    np.set_printoptions(sign=sign)
    print(repr(sign), a, b, ints, np.array([-3, 4]))
    print(repr(a), np.array([np.nan, 1.0]), np.array([np.inf, -np.inf]))
    print(np.array([-0.0, 1.0]), np.array([1e-7, 2.0]), np.array([[True, False]]))
    print(repr(np.array(2.5)), repr(np.array(7)), np.array(2.5))
