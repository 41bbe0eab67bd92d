import numpy as np

def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    xc = x - mu
    var = np.mean(xc ** 2, axis=0)
    std = np.sqrt(var + eps)
    xn = xc / std
    out = gamma * xn + beta
    return out, (xn, gamma, xc, std)

x = np.array([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0], [-2.0, 0.5, 1.0], [0.0, 0.0, 0.0]])
gamma = np.array([1.0, 2.0, 0.5])
beta = np.array([0.0, -1.0, 1.0])
out, cache = batchnorm_forward(x, gamma, beta)
print(out)
print(out.mean(axis=0).round(12), out.std(axis=0))
xn, _, xc, std = cache
print(std)
print(x.var(axis=0), np.allclose(std ** 2, x.var(axis=0) + 1e-5))
