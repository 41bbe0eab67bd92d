import numpy as np

x = np.array([[3, 7, 1], [9, 2, 9], [4, 4, 0]])
print(x.max(), x.min(), x.max(axis=0), x.min(axis=1), np.max(x, axis=1, keepdims=True))
print(x.argmax(), x.argmin(), x.argmax(axis=0), x.argmax(axis=1), np.argmin(x, axis=0))
print(repr(x.argmax()), repr(x.max()), np.amax(x), np.amin(x, axis=0))
f = np.array([0.5, -1.5, 2.5, 2.5, -1.5])
print(f.max(), f.argmax(), f.argmin(), np.argmax(f == f.max()), repr(f.min()))
print(np.max([1, 5, 2]), np.argmax([[1, 2], [3, 0]]), np.argmax([[1, 2], [3, 0]], axis=1))
scores = np.array([[0.1, 0.7, 0.2], [0.3, 0.3, 0.4]])
print(scores.argmax(axis=1), (scores.argmax(axis=1) == np.array([1, 0])).mean())
print(x.ravel().max(), x.reshape(-1).argmax(), x.T.argmax(axis=0))
