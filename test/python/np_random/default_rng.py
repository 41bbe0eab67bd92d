import numpy as np

rng = np.random.default_rng(0)
print(rng.random(3))
print(rng.integers(0, 10, 5), rng.integers(5, size=(2, 2)))
print([f"{v:.8f}" for v in rng.normal(size=3)])
print([f"{v:.8f}" for v in rng.standard_normal(2)])
print(rng.choice(5, 3), rng.choice(10, 3, replace=False))
print(rng.permutation(6), rng.uniform(-1, 1, 2))
rng2 = np.random.default_rng(0)
print(rng2.random() == np.random.default_rng(0).random(), repr(rng2.random()))
