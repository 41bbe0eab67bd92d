import numpy as np

np.random.seed(0)
print(np.random.permutation(10))
print(np.random.permutation([1.5, 2.5, 3.5]))
x = np.arange(8)
np.random.shuffle(x)
print(x)
m = np.arange(6).reshape(3, 2)
np.random.shuffle(m)
print(m)
idx = np.random.permutation(5)
X = np.arange(10).reshape(5, 2)
y = np.arange(5) * 10
print(X[idx], y[idx])
