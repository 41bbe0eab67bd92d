import numpy as np

print((np.arange(1, 11) * 0.1).sum())
print(sum((np.arange(1, 11) * 0.1).tolist()))
x = np.full(10, 0.1)
print(x.sum(), sum([0.1] * 10), np.sum(x))
print(np.full(100, 0.1).sum(), np.full(1000, 0.1).sum(), np.full(10000, 0.1).sum())
m = np.full((10, 3), 0.1)
print(repr(m.sum(axis=0)[0]), repr(m.sum(axis=1)[0]), repr(m.T.sum(axis=1)[0]))
print(repr(np.full((3, 10), 0.1).sum(axis=1)[0]), repr(np.full((3, 10), 0.1).sum(axis=0)[0]))
v = np.arange(1, 21) / 7
print(repr(v.sum()), repr(v.mean()), repr(v.reshape(4, 5).sum()), repr(v.reshape(4, 5).sum(axis=0).sum()))
f32 = np.full(1000, 0.1, dtype=np.float32)
print(repr(f32.sum()), repr(f32.mean()))
print(repr(np.linspace(0, 1, 33).sum()), repr((np.arange(17) * 0.3).sum()))
