# hash() of numpy scalars equals hash() of the Python number of the same value (CPython's
# modular float/int hash), big values included.
import numpy as np

pairs = [
    (np.float64(1.5), 1.5), (np.float64(2.0), 2), (np.float64(-1.0), -1), (np.float64(0.1), 0.1),
    (np.float64(1e300), 1e300), (np.float64(-2.5e-8), -2.5e-8), (np.float64('inf'), float('inf')),
    (np.float32(0.1), float(np.float32(0.1))), (np.float32(3.0), 3), (np.float32(-7.25), -7.25),
    (np.int64(1), 1), (np.int64(-1), -1), (np.int64(2**61), 2**61), (np.int64(-(2**40)), -(2**40)),
    (np.bool_(True), True), (np.bool_(False), 0),
]
for scalar, number in pairs:
    print(repr(scalar), hash(scalar), hash(scalar) == hash(number))
print(hash(np.float64(1.5)) == hash(np.float32(1.5)) == hash(1.5))
print(hash((np.int64(1), np.float64(2.5))) == hash((1, 2.5)))
print(hash(frozenset([np.int64(3), np.float64(0.5)])) == hash(frozenset([3, 0.5])))
print(np.float64(0.5).__hash__() == hash(0.5), type(hash(np.float64(0.1))).__name__)
