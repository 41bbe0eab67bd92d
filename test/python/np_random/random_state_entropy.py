import numpy as np

# unseeded instances draw from fresh entropy: only facts that hold for any draw are printed
a = np.random.RandomState()
b = np.random.RandomState(None)
x, y = a.rand(100), b.rand(100)
print(x.shape, bool((x >= 0).all() and (x < 1).all()), bool((x != y).any()))
print(str(a), str(b))
r = a.randint(3, 7, size=50)
print(r.dtype, bool(r.min() >= 3), bool(r.max() <= 6))
a.seed(11)
np.random.seed(11)
print(a.rand() == np.random.rand())
a.seed()
print(a.rand(2).shape, sorted(a.permutation(5).tolist()))
