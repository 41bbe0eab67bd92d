import numpy as np

W = np.ones((4, 3))
x = np.ones((2, 4))
b = np.zeros(3)
h = x @ W + b
print(h.shape)
out = h + np.ones(2)
print(out)
