import numpy as np

counts = np.zeros(3, dtype=int)
counts += 2
print(counts)
counts[0] = 1.5
print(counts)
counts += 0.5
print(counts)
