import numpy as np

print(np.arange(30))
print(np.arange(30) * 1.5)
print(repr(np.arange(30) * 1.5))
print(np.linspace(0, 1, 12))
print(np.arange(40).reshape(2, 20))
print(repr(np.arange(25.0).reshape(1, 25)))
print(np.arange(100, dtype=np.float32) / 3)
