import numpy as np

cases = [
    lambda: np.array([]).max(),
    lambda: np.zeros((2, 0)).min(axis=1),
    lambda: np.array([]).argmax(),
    lambda: np.arange(6).reshape(2, 3).sum(axis=2),
    lambda: np.arange(3).mean(axis=-2),
]
for c in cases:
    try:
        c()
    except (ValueError, np.exceptions.AxisError) as e:
        print(type(e).__name__, e)
print(repr(np.array([]).sum()), repr(np.zeros((0, 3)).max(axis=1)))
print(repr(np.zeros((2, 0)).sum(axis=0)), repr(np.zeros((0, 2)).sum(axis=0)))
