import numpy as np

np.random.seed(0)
print(np.random.rand(3))
print(repr(np.random.rand(2, 2)))
print(np.random.rand(), repr(np.random.rand()))
np.random.seed(1)
print(np.random.randint(0, 10, size=8))
print(np.random.randint(5, size=(2, 3)))
print(np.random.randint(-3, 3, 6), repr(np.random.randint(100)))
print(np.random.randint(0, 2 ** 40, size=2))
