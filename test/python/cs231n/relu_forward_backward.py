import numpy as np

def relu_forward(x):
    out = np.maximum(0, x)
    return out, x

def relu_backward(dout, cache):
    x = cache
    dx = dout * (x > 0)
    return dx

x = np.linspace(-0.5, 0.5, num=12).reshape(3, 4)
out, cache = relu_forward(x)
print(out)
dout = np.arange(12, dtype=float).reshape(3, 4) - 5.5
dx = relu_backward(dout, cache)
print(dx)
dx2 = dout.copy()
dx2[x <= 0] = 0
print(np.array_equal(dx, dx2), (dx != 0).sum(), dx.dtype)
