import numpy as np

print(np.array([1, -20, 300]))
print(np.array([[1, 2], [-30, 4000]]))
print(np.array([0]), np.array([-5]), repr(np.array([10**12, 1])))
print(np.array([True, False, True]))
print(np.array([[True, False], [False, True]]))
print(repr(np.array([False])), repr(np.array(True)), repr(np.array(3)), repr(np.array(-2.5)))
print(np.arange(-5, 5))
print(np.array([], dtype=int), repr(np.array([], dtype=bool)), repr(np.zeros((0, 2), dtype=int)))
print(np.eye(3, dtype=bool))
