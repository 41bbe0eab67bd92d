import numpy as np

x = np.array([3.0, -1.0, 0.0, 2.5, -4.0])
mask = x > 0
print(mask, x[mask], x[~mask], x[x < -2], x[(x > -2) & (x < 3)])
print(x[[True, False, True, False, True]], x[x > 100], x[x > 100].shape)
m = np.arange(12).reshape(3, 4)
print(m[m % 3 == 0], m[m.sum(axis=1) > 10], m[:, m[0] >= 2])
print(m[np.array([True, False, True])], m[m > 5].shape)
x[x < 0] = 0
print(x)
m[m % 2 == 1] *= -1
print(m)
y = x[mask]
y[0] = 99
print(x[0], y[0])
print(m[m < 0].sum(), (m > 0).sum(), np.sum(m[m > 0] ** 2))
