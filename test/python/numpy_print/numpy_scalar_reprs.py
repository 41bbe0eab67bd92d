import numpy as np

x = np.array([1.0, 2.5, 3.0])
vals = [x[0], x.sum(), x.mean(), np.float64(0.1), np.float32(0.1), np.int64(7), np.bool_(False),
        x[0] == 1.0, np.float64(1e16), np.float64(-0.0), np.float64(np.inf), np.float64(np.nan)]
for v in vals:
    print(v, repr(v), str(v), type(v).__name__)
print(vals[:3])
print(tuple(x))
print(dict(zip("ab", x)))
print(x.tolist(), [float(v) for v in x], [v.item() for v in x])
print(np.float32(2.5) * 2, repr(np.float32(16777217.0)), repr(np.float32(1e-8)))
print(repr(np.int64(2) ** 40), repr(np.float64(2.25) ** 0.5), repr(np.float64(7) // 2))
print(np.arange(3)[1], [np.arange(3)[1]], max(np.arange(3)), [max(np.arange(3))])
