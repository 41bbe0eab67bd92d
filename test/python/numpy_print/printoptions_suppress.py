import numpy as np

eps = 2.220446049250313e-16
x = np.arange(4.0)
d = x ** 2 - (x + eps) ** 2
print(d)
np.set_printoptions(suppress=True)
print(d)
print(np.array([1e-10, 1.0, 1e5]))
print(np.array([1e-10, 1e9]))
print(np.array([123456789.0, 0.001]))
print(np.array([0.00001234, 0.5]), repr(np.array([1e-20, -1e-20])))
np.set_printoptions(suppress=False, precision=4)
print(np.array([1e-10, 1.0, 1e5]))
np.set_printoptions(suppress=1, precision=3)
print(np.array([[0.0001, 2.5], [3e-7, -4.0]]))
print(np.get_printoptions()["suppress"])
