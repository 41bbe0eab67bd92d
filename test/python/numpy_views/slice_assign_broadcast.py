import numpy as np

x = np.zeros((3, 4))
x[1:, :2] = [7, 8]
print(x)
x[:, 3] = np.arange(3)
x[0] = np.array([[1, 2, 3, 4]])[0]
print(x)
x[:2] = x[1:]
print(x)
a = np.arange(5)
a[1:] = a[:-1]
print(a)
a[::-1] = np.arange(5) * 10
print(a)
