import numpy as np

np.random.seed(0)
x = np.random.randn(3)
print(x)
print([f"{v:.8f}" for v in x])
print(np.random.randn(2, 3))
np.random.seed(0)
print(f"{np.random.randn():.8f}", np.random.randn(1).shape, np.random.randn().__class__.__name__)
np.random.seed(42)
print(np.random.randn(5))
