import numpy as np

x = np.zeros((3, 4))
v = np.array([1.0, 2.0, 3.0])
for j in range(4):
    x[:, j] += v * j
print(x)
x[1, :] -= 1
print(x)
x[:, 1:3] *= np.array([10, 100])
print(x)
grads = np.zeros((2, 3))
upstream = np.array([[0.5, 1.0, 1.5], [2.0, 2.5, 3.0]])
for i in range(2):
    grads[i] += upstream[i] * 2
print(grads)
grads[:, 0] += grads[:, 2]
print(grads)
