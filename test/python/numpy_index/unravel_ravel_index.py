import numpy as np

scores = np.array([[1.0, 5.0, 2.0], [7.0, 3.0, 0.5]])
idx = np.unravel_index(np.argmax(scores), scores.shape)
print(idx, scores[idx], type(idx).__name__)
print(np.unravel_index(7, (3, 4)), np.unravel_index(7, (3, 4), order='F'), np.unravel_index(True, (3,)))
print(np.unravel_index([7, 0, 11], (3, 4)))
print(np.unravel_index(np.array([[5, 1], [2, 3]]), (2, 3)))
print(np.unravel_index(np.array(5), (3, 4)), np.unravel_index(0, ()), np.unravel_index(3, 5))
print(np.ravel_multi_index((1, 3), (3, 4)), np.ravel_multi_index(([1, 2], [3, 0]), (3, 4), order='F'))
print(np.ravel_multi_index((np.array([1, 2]), np.array([[3], [0]])), (3, 4)))
print(np.ravel_multi_index((1, 4), (3, 4), mode='wrap'), np.ravel_multi_index((5, -2), (3, 4), mode=('clip', 'wrap')))
rows, cols = np.unravel_index(np.argsort(scores, axis=None)[::-1][:3], scores.shape)
print(rows, cols, scores[rows, cols])
for bad in [lambda: np.unravel_index(12, (3, 4)), lambda: np.unravel_index(-1, (3, 4)), lambda: np.unravel_index(1.0, (3, 4)),
            lambda: np.unravel_index([], (3, 4)), lambda: np.unravel_index(1, (3, 4), order='A'), lambda: np.ravel_multi_index((1, 4), (3, 4)),
            lambda: np.ravel_multi_index((1,), (3, 4)), lambda: np.ravel_multi_index((1, 2), (3, 4), mode='foo'),
            lambda: np.ravel_multi_index((1, 2), (3, 0))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
