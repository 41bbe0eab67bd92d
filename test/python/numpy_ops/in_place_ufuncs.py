import numpy as np

w = np.array([1.0, 2.0, 3.0])
grad = np.array([0.5, -0.5, 1.0])
lr = 0.1
w -= lr * grad
print(w)
w *= 2
print(w)
np.add(w, 1, out=w)
print(w)
i = np.arange(3)
i += 2
print(i, i.dtype)
i *= 3
print(i)
v = np.zeros(3)
v += i
print(v, v.dtype)
m = np.ones((2, 3))
m += np.array([1, 2, 3])
m[0] *= -1
print(m)
alias = m
m /= 2
print(alias is m, alias)
m = m * 2
print(alias is m, alias[0, 0], m[0, 0])
