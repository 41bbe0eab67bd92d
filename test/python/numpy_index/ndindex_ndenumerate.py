import numpy as np

def numeric_grad(f, W, h=1e-5):
    grad = np.zeros_like(W)
    for ix in np.ndindex(W.shape):
        old = W[ix]
        W[ix] = old + h
        fp = f(W)
        W[ix] = old - h
        fm = f(W)
        W[ix] = old
        grad[ix] = (fp - fm) / (2 * h)
    return grad

W = np.array([[1.0, -2.0], [0.5, 3.0]])
g = numeric_grad(lambda W: np.sum(W ** 3), W)
print(np.round(g, 5), np.allclose(g, 3 * W ** 2))
print(list(np.ndindex(2, 2)), list(np.ndindex((1, 3))), list(np.ndindex()), list(np.ndindex(0, 2)), list(np.ndindex(np.int64(2))))
it = np.ndindex(3)
print(type(it).__name__, next(it), next(it), iter(it) is it, list(it))
for idx, v in np.ndenumerate(np.array([[1, 2], [3, 4]])):
    print(idx, repr(v), end='; ')
print()
print(list(np.ndenumerate([1.5, 2])), list(np.ndenumerate(np.array(3))), list(np.ndenumerate(np.zeros((2, 0)))))
total = sum(v * (i + j) for (i, j), v in np.ndenumerate(np.arange(6.0).reshape(2, 3)))
print(total, type(total).__name__)
for bad in [lambda: np.ndindex(-1), lambda: np.ndindex(2.0), lambda: np.ndindex([2]), lambda: np.ndindex((2,), 3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
