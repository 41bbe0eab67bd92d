# np.logspace: base ** linspace(start, stop, num, endpoint).
import numpy as np

print(np.logspace(0, 2, 3), np.logspace(-3, 0, 4))
print(np.logspace(0, 1, 5, endpoint=False))
print(np.logspace(1, 3, 3, base=2.0), np.logspace(0, 4, 5, base=2, dtype=int))
lrs = np.logspace(-5, -1, 9)
print(lrs, lrs.dtype, lrs.shape)
for lr in np.logspace(-4, -2, 3):
    print(f"{lr:.1e}", lr)
print(repr(np.logspace(0.5, 2.5, 7)))
print(np.logspace(0, 1, 0), np.logspace(2, 2, 1))
