# CS231n-style layers: each forward returns (out, cache), each backward takes (dout, cache).
# gradlens pairs them through the cache and checks every backward - one of them is wrong.
import numpy as np


def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    cache = (x, w, b)
    return out, cache


def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = np.sum(dout, axis=0)
    return dx, dw, db


def relu_forward(x):
    out = np.maximum(0, x)
    cache = x
    return out, cache


def relu_backward(dout, cache):
    x = cache
    dx = dout * (x > 0)
    return dx


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    xhat = (x - mu) / np.sqrt(var + eps)
    out = gamma * xhat + beta
    cache = (x, mu, var, xhat, gamma, eps)
    return out, cache


def batchnorm_backward(dout, cache):
    x, mu, var, xhat, gamma, eps = cache
    N = x.shape[0]
    dgamma = np.sum(dout * xhat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dxhat = dout * gamma
    dvar = np.sum(dxhat * (x - mu) * -0.5 * (var + eps) ** -0.5, axis=0)  # BUG: the exponent is -1.5
    dmu = np.sum(-dxhat / np.sqrt(var + eps), axis=0) + dvar * np.mean(-2.0 * (x - mu), axis=0)
    dx = dxhat / np.sqrt(var + eps) + dvar * 2.0 * (x - mu) / N + dmu / N
    return dx, dgamma, dbeta


def softmax_loss(x, y):
    shifted = x - np.max(x, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    N = x.shape[0]
    loss = -np.sum(log_probs[np.arange(N), y]) / N
    dx = np.exp(log_probs)
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx


np.random.seed(0)
x = np.random.randn(4, 5)
w = np.random.randn(5, 3)
b = np.random.randn(3)
y = np.array([0, 2, 1, 2])

# gradlens: a, a_cache = affine_forward(x, w, b)
# gradlens: da, dw, db = affine_backward(np.random.randn(4, 3), a_cache)
# gradlens: r, r_cache = relu_forward(np.random.randn(4, 3))
# gradlens: dr = relu_backward(np.random.randn(4, 3), r_cache)
# gradlens: bn, bn_cache = batchnorm_forward(np.random.randn(6, 3), np.random.randn(3), np.random.randn(3))
# gradlens: dbn, dgamma, dbeta = batchnorm_backward(np.random.randn(6, 3), bn_cache)
# gradlens: loss, dscores = softmax_loss(np.random.randn(4, 3), y)
