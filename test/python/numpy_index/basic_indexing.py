import numpy as np

x = np.arange(12).reshape(3, 4)
print(x[0], x[-1], x[1, 2], x[1][2], x[-1, -1], repr(x[2, 3]))
print(x[:, 0], x[:, -1], x[1, :], x[0:2], x[:, 1:3])
print(x[::2, ::2], x[::-1], x[:, ::-1], x[1:, :-1])
print(x[..., 1], x[1, ...], x[np.newaxis].shape, x[:, np.newaxis].shape, x[:, :, None].shape, x[None, 1].shape)
v = np.arange(5.0)
print(v[2], v[-2:], v[:0], v[10:], v[1:4:2], v[::-2])
t = np.arange(24).reshape(2, 3, 4)
print(t[1, 2, 3], t[0, :, 0], t[:, 1], t[..., -1], t[1, ..., 1:3])
print(x[1:2, 2:3], x[1:2, 2:3].shape, x[1, 2:3].shape, x[1:2, 2].shape)
