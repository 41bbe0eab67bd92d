# np.split / array_split (views: writing a part writes the array), diff, roll - as CS231n's
# cross-validation folds and finite-difference code use them.
import numpy as np

X = np.arange(10.0)
folds = np.array_split(X, 3)
print(folds, [f.shape for f in folds])
print(np.split(X, 2), np.split(X, [3, 5, 20]), np.array_split(np.arange(7), 3))
try:
    np.split(X, 3)
except ValueError as e:
    print('ValueError', e)
M = np.arange(12).reshape(3, 4)
print(np.array_split(M, 2, axis=1), np.split(M, [1], axis=0))
parts = np.split(X, 5)
parts[0][0] = 100.0
print(X[:3], np.concatenate(folds[:1] + folds[2:]).shape)
print(np.diff([1, 4, 9, 16]), np.diff(M, axis=0), np.diff([1, 4, 9, 16], n=2), np.diff(M))
print(np.diff(np.array([True, False, False])), np.diff(np.array([1.5, 0.25])))
print(np.roll([1, 2, 3, 4], 1), np.roll(M, -1, axis=1), np.roll(M, 1), np.roll(M, (1, 1), axis=(0, 1)))
print(np.roll(np.arange(5.0), 7), np.roll(np.arange(3), 0))
