import numpy as np

x = np.array([[1, -2, 3], [-4, 5, -6]])
for name in ["sum", "mean", "max", "min", "prod", "argmax", "argmin", "var", "std"]:
    f = getattr(np, name)
    print(name, f(x), f(x, axis=0), getattr(x, name)(axis=1))
print(np.sum(x, axis=1, keepdims=True).shape, np.abs(x).sum(axis=0))
