import numpy as np

def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad

def rel_error(x, y):
    return np.max(np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y)))

x = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.5]])
f = lambda v: np.sum(v ** 2)
num = eval_numerical_gradient(f, x)
print(np.round(num, 6))
print(rel_error(num, 2 * x) < 1e-8, x)
it = np.nditer(np.arange(6).reshape(2, 3), flags=["multi_index"])
print([it.multi_index for _ in it])
