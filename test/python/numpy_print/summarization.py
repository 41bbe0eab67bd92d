import numpy as np

a = np.arange(2000)
print(a)
print(repr(a))
f = np.arange(1001) * 0.5
print(f)
print(repr(f))
m = np.arange(1200).reshape(40, 30)
print(m)
print(repr(np.zeros((1000,))))
print(repr(np.zeros((1001,))))
print(repr(np.ones((2, 501))))
