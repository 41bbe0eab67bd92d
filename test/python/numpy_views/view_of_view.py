import numpy as np

base = np.arange(24.0).reshape(4, 6)
block = base[1:3, 2:5]
inner = block[:, ::2]
inner[...] = -1
print(base)
row = block[1]
row += 100
print(base[2])
flat = base.reshape(-1)
flat[0] = 1000
print(base[0, 0], flat.shape)
T = base.T
T[0] *= 2
print(base[:, 0])
print(block)
