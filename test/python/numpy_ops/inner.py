# np.inner: a sum over the last axes of both arrays.
import numpy as np

print(np.inner([1, 2], [3, 4]), repr(np.inner([1.5, 2], [3, 4])), np.inner(2, [1, 2]))
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(2, 2, 3)
print(np.inner(a, a))
print(np.inner(a, b).shape, np.inner(a, b)[1])
print(np.inner(a, np.array([1.0, 0.5, 0.25])))
w = np.array([0.25, -0.5, 1.0])
print(np.inner(w, w) == np.dot(w, w), np.inner(np.eye(2), [[1, 2], [3, 4]]))
try:
    np.inner(np.ones((2, 3)), np.ones((4, 2)))
except ValueError as e:
    print(e)
np.inner([1, 2], [3, 4, 5])
