# A numpy scalar plus a str has no ufunc loop: numpy's _UFuncNoLoopError (a TypeError).
import numpy as np

n = np.array([1, 2, 3]).sum()
print(n, str(n) + ' items', 'items: %s' % n)
print(n * 'ab', n == 'six', n != 'six')
label = n + ' items'
print(label)
