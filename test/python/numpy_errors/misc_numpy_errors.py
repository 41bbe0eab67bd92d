import numpy as np

cases = [
    lambda: np.zeros((2, 2)).squeeze(axis=0),
    lambda: np.arange(3).T.transpose(1, 0),
    lambda: np.array([1, 2]).item(),
    lambda: bool(np.array([1, 2])),
    lambda: np.linspace(0, 1, -1),
    lambda: np.arange(4)[1.5],
    lambda: np.zeros(-1),
    lambda: float(np.ones(2)),
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError, IndexError, np.exceptions.AxisError) as e:
        print(type(e).__name__ + ":", e)
