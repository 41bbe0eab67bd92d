import numpy as np

a = np.zeros((2, 3))
b = np.zeros((2, 2))
cases = [
    lambda: np.concatenate([a, b]),
    lambda: np.concatenate([a, np.zeros(3)]),
    lambda: np.stack([a, b]),
    lambda: np.vstack([a, b]),
    lambda: np.hstack([a, np.zeros((3, 3))]),
    lambda: np.concatenate([a, a], axis=2),
]
for c in cases:
    try:
        print(c().shape)
    except (ValueError, np.exceptions.AxisError) as e:
        print(type(e).__name__ + ":", e)
print(np.concatenate([a, b], axis=1).shape)
np.concatenate([a, b], axis=0)
