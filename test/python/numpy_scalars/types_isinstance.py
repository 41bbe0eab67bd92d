# numpy's scalar type hierarchy: np.float64 subclasses Python's float, np.int64 and np.bool_ do
# not subclass int or bool; the abstract types (floating, integer, number, generic) classify them.
import numpy as np

values = [np.float64(1.0), np.float32(1.0), np.int64(1), np.bool_(True)]
for v in values:
    print(type(v).__name__, type(v), isinstance(v, float), isinstance(v, int), isinstance(v, bool))
    print('  ', [isinstance(v, t) for t in (np.generic, np.number, np.floating, np.integer, np.signedinteger, np.inexact)])
for t in (np.float64, np.float32, np.int64, np.bool_):
    print(t.__mro__)
print(issubclass(np.float64, float), issubclass(np.int64, int), issubclass(np.float32, np.floating))
print(np.float64 is np.double, np.bool_ is np.bool, type(np.array([1.0]).sum()) is np.float64)
print(type(np.int64(2) + 1).__name__, type(np.float64(1) + 1).__name__, type(np.float32(1) * 2.0).__name__)
print(type(np.bool_(True) + 1).__name__, type(np.int64(3) / 2).__name__, type(np.int64(7) // 2).__name__)
def describe(x):
    if isinstance(x, bool) or isinstance(x, np.bool_):
        return 'boolean'
    if isinstance(x, (int, np.integer)):
        return 'integer'
    if isinstance(x, (float, np.floating)):
        return 'real'
    return 'other'
print([describe(x) for x in [True, 3, 2.5, np.int64(1), np.float32(2), np.bool_(False), 'a']])
