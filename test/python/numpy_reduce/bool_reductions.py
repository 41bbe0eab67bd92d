import numpy as np

pred = np.array([0, 2, 1, 1, 0])
y = np.array([0, 1, 1, 1, 2])
correct = pred == y
print(correct, correct.sum(), correct.mean(), repr(correct.sum()), repr(correct.mean()))
print(np.mean(pred == y), (pred == y).astype(float).mean(), correct.any(), correct.all())
m = np.array([[True, False], [True, True]])
print(m.sum(axis=0), m.all(axis=1), m.any(axis=0), repr(m.sum()), np.count_nonzero(m, axis=0))
print((np.arange(10) % 3 == 0).sum(), np.sum(np.arange(10) > 4.5))
