import numpy as np

np.random.seed(0)
print(np.random.choice(5, 3))
print(np.random.choice(10, 4, replace=False))
print(np.random.choice([10, 20, 30], size=(2, 2)))
print(np.random.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice(3, p=[0.0, 1.0, 0.0]), repr(np.random.choice(5)))
print(np.random.choice(np.arange(100), 5, replace=False))
print(np.random.choice(np.array([1.5, 2.5]), 4))
