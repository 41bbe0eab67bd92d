import numpy as np

x = np.arange(6).reshape(2, 3)
print(x.sum(axis=1), x.max(axis=-1))
print(x.sum(axis=2))
