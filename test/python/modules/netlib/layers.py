import numpy as np
from . import util
from .util import relu_backward

__all__ = ["affine_forward", "affine_backward", "affine_relu_forward", "relu_backward"]


def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db


def affine_relu_forward(x, w, b):
    a, fc = affine_forward(x, w, b)
    return util.relu(a), (fc, a)


def helper_not_exported():
    return 1
