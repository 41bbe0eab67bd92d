import numpy as np

rng = np.random.RandomState(0)
print(rng)
print(type(rng), isinstance(rng, np.random.RandomState), np.random.RandomState.__name__)
print(repr(rng).startswith('RandomState(MT19937) at 0x'))
print(rng.rand(3))
print(rng.rand(2, 2))
print(rng.randint(0, 10, 5), rng.randint(5), type(rng.randint(5)).__name__)
print([f"{v:.8f}" for v in rng.randn(4)])
print(rng.rand())

# the same seed makes the same stream, however the seed is passed
a = np.random.RandomState(seed=42).rand(3)
b = np.random.RandomState(42).rand(3)
np.random.seed(42)
c = np.random.rand(3)
print(a, (a == b).all(), (a == c).all())
print(np.random.RandomState(np.int64(7)).randint(100, size=4))
print(np.random.RandomState(True).rand(), np.random.RandomState(1).rand())
