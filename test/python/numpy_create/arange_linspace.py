import numpy as np

print(repr(np.arange(5)), repr(np.arange(2, 10, 3)), repr(np.arange(5, 0, -1)))
print(repr(np.arange(0.0, 1.0, 0.25)), repr(np.arange(0, 1, 0.1)), len(np.arange(0, 1, 0.1)))
print(repr(np.arange(1, 2, 0.3)), repr(np.arange(3.0)), repr(np.arange(-1, 1, 0.5)))
print(repr(np.arange(0)), repr(np.arange(5, 2)), np.arange(3).dtype, np.arange(3.0).dtype)
print(repr(np.linspace(0, 1, 5)), repr(np.linspace(0, 1, 5, endpoint=False)))
print(repr(np.linspace(-1, 1, 3)), repr(np.linspace(0, 10, 4)), repr(np.linspace(2, 3, 1)))
print(np.linspace(0, 1, 11).tolist())
print(repr(np.linspace(0, 1, 7)))
print(repr(np.arange(10, dtype=float)), repr(np.arange(1, 3, dtype=np.float32)))
