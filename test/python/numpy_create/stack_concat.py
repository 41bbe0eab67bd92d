import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(repr(np.concatenate([a, b])), repr(np.concatenate([a, b.T], axis=1)))
print(repr(np.concatenate([np.arange(2), np.arange(3.0)])), repr(np.concatenate((a, a), axis=None)))
print(repr(np.stack([np.arange(3), np.ones(3)])), np.stack([a, a]).shape, np.stack([a, a], axis=2).shape)
print(repr(np.stack([np.arange(2), np.arange(2)], axis=1)), np.stack([a, a], axis=-1).shape)
print(repr(np.hstack([np.arange(2), np.arange(3)])), repr(np.hstack([a, a])))
print(repr(np.vstack([np.arange(2), np.arange(2)])), repr(np.vstack([a, b])), np.vstack([np.arange(3)]).shape)
print(repr(np.concatenate([a, a], axis=-1)), np.concatenate([a[None], a[None]]).shape)
print(repr(np.concatenate([np.array([True]), np.array([2])])))
