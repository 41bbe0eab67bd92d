import numpy as np

x = np.arange(6)
print(x.reshape(2, 3), x.reshape((3, 2)), x.reshape(1, -1).shape, np.reshape(x, (6, 1)).shape)
m = x.reshape(2, 3)
print(m.T, m.transpose(), np.transpose(m).shape, m.T.T is m, m.T.shape)
t = np.arange(24).reshape(2, 3, 4)
print(t.transpose(2, 0, 1).shape, t.transpose((1, 2, 0))[0, 0], t.T.shape, np.transpose(t, (0, 2, 1))[1, 3])
s = np.zeros((1, 3, 1))
print(s.squeeze().shape, s.squeeze(0).shape, s.squeeze(axis=2).shape, np.squeeze(s, axis=(0, 2)).shape)
print(np.expand_dims(x, 0).shape, np.expand_dims(x, axis=1).shape, np.expand_dims(x, -1).shape, np.expand_dims(m, (0, 3)).shape)
print(x[np.newaxis, :].shape, x[:, np.newaxis].shape, m[:, None, :].shape, np.newaxis is None)
print(m.ravel(), m.flatten(), m.T.ravel(), m.reshape(-1), m.T.reshape(-1))
print(repr(np.arange(4).reshape(2, 2).T), np.arange(3)[:, None] * np.arange(3))
