import numpy as np

def eval_numerical_gradient_array(f, x, df, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        pos = f(x).copy()
        x[ix] = oldval - h
        neg = f(x).copy()
        x[ix] = oldval
        grad[ix] = np.sum((pos - neg) * df) / (2 * h)
        it.iternext()
    return grad

np.random.seed(231)
x = np.random.randn(3, 4)
w = np.random.randn(4, 2)
b = np.random.randn(2)
dout = np.random.randn(3, 2)
dx_num = eval_numerical_gradient_array(lambda x: x.dot(w) + b, x, dout)
dw_num = eval_numerical_gradient_array(lambda w: x.dot(w) + b, w, dout)
db_num = eval_numerical_gradient_array(lambda b: x.dot(w) + b, b, dout)
dx, dw, db = dout.dot(w.T), x.T.dot(dout), dout.sum(axis=0)
err = lambda a, c: np.max(np.abs(a - c) / np.maximum(1e-8, np.abs(a) + np.abs(c)))
print(err(dx_num, dx) < 1e-7, err(dw_num, dw) < 1e-7, err(db_num, db) < 1e-7)
print([f"{v:.6f}" for v in db_num], dx_num.shape, dw_num.shape)
