import numpy as np

x = np.array([0.5, -0.5])
if x[0] > 0:
    print("scalar comparison is fine")
if (x > 0).any():
    print("any() is fine")
if x > 0:
    print("unreachable")
