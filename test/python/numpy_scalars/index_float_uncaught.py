# Indexing a list with a numpy float (e.g. a mean used as a position) is CPython's TypeError,
# naming numpy's type.
import numpy as np

scores = np.array([2.0, 4.0, 6.0])
names = ['low', 'mid', 'high']
best = scores.argmax()
print(names[best], type(best).__name__)
middle = scores.mean() / 2
print(middle, type(middle).__name__)
print(names[middle])
