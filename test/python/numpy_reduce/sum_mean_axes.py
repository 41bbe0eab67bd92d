import numpy as np

x = np.arange(12, dtype=float).reshape(3, 4)
print(x.sum(), x.sum(axis=0), x.sum(axis=1), x.sum(axis=-1), x.sum(axis=(0, 1)))
print(x.sum(axis=0, keepdims=True), x.sum(axis=1, keepdims=True).shape, np.sum(x, 0))
print(x.mean(), x.mean(axis=0), x.mean(axis=1), np.mean(x, axis=1, keepdims=True))
i = np.arange(6).reshape(2, 3)
print(repr(i.sum()), repr(i.mean()), repr(i.sum(axis=0)), repr(i.mean(axis=0)))
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=1), t.sum(axis=(0, 2)), t.mean(axis=-1).shape, t.sum(axis=2, keepdims=True).shape)
print(repr(np.sum([1, 2, 3])), repr(np.mean([1, 2])), repr(sum(np.arange(4))))
print(repr(np.sum(np.array([True, True, False]))), repr(np.array([]).sum()), repr(np.zeros((2, 0)).sum(axis=1)))
