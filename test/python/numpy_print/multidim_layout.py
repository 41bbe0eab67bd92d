import numpy as np

t = np.arange(24).reshape(2, 3, 4)
print(t)
print(repr(t))
print(np.arange(8.0).reshape(2, 2, 2) / 4)
print(np.zeros((2, 1, 2)))
print(np.arange(4).reshape(1, 1, 4))
print(repr(np.ones((1, 2, 1, 2))))
print(np.array([[-1, 10], [100, -1000]]))
