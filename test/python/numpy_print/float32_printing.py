import numpy as np

f = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(f)
print(repr(f))
print(f * 3)
print(f.sum(), repr(f.sum()), f.mean())
print(repr(f.astype(np.float64)))
print(repr(np.array([1e-5, 1.0], dtype=np.float32)))
print(repr(np.float32(3.14159265)), np.float32(3.14159265))
print(repr(np.arange(4, dtype=np.float32).reshape(2, 2)))
print(repr(np.array([1, 2], dtype=np.float32) / 3))
