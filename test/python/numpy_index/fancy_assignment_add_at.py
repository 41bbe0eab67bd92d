import numpy as np

x = np.zeros(5)
idx = np.array([0, 1, 1, 3, 1])
x[idx] += 1
print(x)
y = np.zeros(5)
np.add.at(y, idx, 1)
print(y)
W = np.zeros((4, 2))
words = np.array([1, 3, 1])
dW = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
np.add.at(W, words, dW)
print(W)
z = np.zeros((2, 3))
np.add.at(z, (np.array([0, 0, 1]), np.array([2, 2, 0])), np.array([1.5, 2.5, -1.0]))
print(z)
v = np.arange(4.0)
v[[0, 0, 2]] = [10, 20, 30]
print(v)
c = np.zeros(3, dtype=int)
np.add.at(c, [0, 0, 2, 2, 2], 1)
print(c, np.bincount([0, 0, 2, 2, 2]))
