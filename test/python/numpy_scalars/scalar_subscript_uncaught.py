# A reduction gives a numpy scalar, not an array: subscripting it is numpy's IndexError.
import numpy as np

x = np.array([[1.0, 2.0], [3.0, 4.0]])
row_sums = x.sum(axis=1)
print(row_sums[0], row_sums[1], row_sums[0][()])
total = x.sum()
print(total)
print(total[0])
