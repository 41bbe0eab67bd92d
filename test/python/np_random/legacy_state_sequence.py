import numpy as np

np.random.seed(10)
a = np.random.rand(2)
b = np.random.randint(0, 100, 3)
c = np.random.randn(2)
d = np.random.permutation(4)
e = np.random.choice(6, 2, replace=False)
print(a, b, d, e)
print([f"{v:.8f}" for v in c])
np.random.seed(10)
print(np.random.rand(2) == a, np.random.randint(0, 100, 3) == b)
np.random.seed(10)
print(np.random.rand())
