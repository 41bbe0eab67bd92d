import copy
import numpy as np

# a copy continues the original's stream on its own, the cached Gaussian included
rng = np.random.RandomState(8)
rng.rand(5)
rng.randn()
saved = copy.deepcopy(rng)
shallow = copy.copy(rng)
print(type(saved), saved is rng)
print([f"{v:.8f}" for v in rng.randn(3)])
print([f"{v:.8f}" for v in saved.randn(3)])
print(rng.randint(100, size=4), saved.randint(100, size=4), f"{shallow.randn():.8f}")
pair = copy.deepcopy({'a': rng, 'b': rng})
print(pair['a'] is pair['b'], pair['a'].rand() == rng.rand())
