import numpy as np

def sgd_step(params, grads, lr):
    for k in params:
        params[k] -= lr * grads[k]

def zero_rows(x, rows):
    x[rows] = 0
    return x.sum()

params = {"W": np.array([[1.0, 2.0], [3.0, 4.0]]), "b": np.array([0.5, -0.5])}
grads = {"W": np.ones((2, 2)), "b": np.array([1.0, -1.0])}
W_before = params["W"]
sgd_step(params, grads, 0.5)
print(params["W"], params["b"], W_before is params["W"])
m = np.arange(9.0).reshape(3, 3)
print(zero_rows(m, [0, 2]), m)
v = m[1]
print(zero_rows(v, slice(0, 2)), m)
