import numpy as np

a = np.arange(6).reshape(2, 3)
print(np.flip(a), np.flip(a, 0), np.flip(a, axis=(0, 1)), np.flip(a, -1), np.flip(a, [1]), np.flip(a, ()), sep='\n')
print(repr(np.flip(np.array(5))), np.flip([1, 2, 3]), np.fliplr(a), np.flipud(a), np.fliplr([[1, 2]]), sep='\n')
f = np.flip(a)
f[0, 0] = 100
print(a, f.base is None)
x = np.array([1.0, 2.0, 3.0, 4.0])
print(np.cumprod(x), np.cumprod(np.array([1, 2, 3, 4])), np.cumprod(a, axis=0), np.cumprod(a, axis=1), a.cumprod(), a.cumprod(1))
print(np.cumprod(np.array([True, False])), np.cumprod([1.5, 2]), np.cumprod(np.array(3.0)), np.cumprod(a, dtype=float), np.cumprod([]))
print(np.cumprod(np.array([1, 2], dtype=np.float32)), np.cumsum(a, dtype=float), a.cumsum(axis=0, dtype=np.float32), np.cumprod(np.array([2.0, 0.0, 3.0])))
decay = np.cumprod(np.full(5, 0.9))
print(decay, decay[::-1].cumsum())
for bad in [lambda: np.flip(a, 2), lambda: np.flip(a, (0, 0)), lambda: np.fliplr(np.arange(3)), lambda: np.flipud(np.array(3)), lambda: np.cumprod(a, axis=2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
