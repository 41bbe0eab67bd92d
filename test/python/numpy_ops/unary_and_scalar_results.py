import numpy as np

x = np.array([3.0, 4.0])
s = x.sum()
print(s, repr(s), type(s).__name__, float(s), repr(float(s)), int(s))
n = np.arange(4).sum()
print(n, repr(n), type(n).__name__, int(n) + 1)
m = x.mean()
print(repr(m), repr(m * 2), repr(m + 1), repr(m / 3), repr(-m), repr(abs(-m)))
print(repr(x[0]), repr(x[0] ** 2), repr(np.sqrt(x[1])), x[0] > 2, repr(x[0] > 2))
v = [x[0], x[1]]
print(v, [float(t) for t in v], x.tolist(), list(x))
print(repr(np.float64(0.1) + np.float64(0.2)), str(np.float64(0.1) + np.float64(0.2)))
print(repr(x.max()), repr(x.argmax()), repr(np.int64(5)), repr(np.bool_(True)), repr(x.size))
print(f"{s:.3f} {m} {n:d} {x[0]:>6}")
print(round(np.float64(2.675), 2), repr(round(np.float64(2.5))), round(x.mean()), type(round(x.mean())).__name__)
