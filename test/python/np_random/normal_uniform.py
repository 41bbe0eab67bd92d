import numpy as np

np.random.seed(3)
n = np.random.normal(0, 1, size=4)
print([f"{v:.8f}" for v in n])
print(np.random.normal(10, 2, (2, 2)))
print(f"{np.random.normal():.8f}", f"{np.random.normal(5.0):.8f}")
print(np.random.uniform(-1, 1, size=5))
print(np.random.uniform(size=2), repr(np.random.uniform(2, 3)))
print(np.random.uniform(0, 10, (2, 3)))
