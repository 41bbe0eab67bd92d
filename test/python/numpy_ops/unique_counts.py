import numpy as np

y = np.array([2, 1, 2, 0, 1, 2])
print(np.unique(y), np.unique(y, return_counts=True))
values, counts = np.unique(y, return_counts=True)
print(dict(zip(values.tolist(), counts.tolist())), values[np.argmax(counts)])
a = np.array([[2, 1, 2], [3, 1, 1]])
print(np.unique(a, return_index=True, return_inverse=True, return_counts=True))
u, inv = np.unique(a, return_inverse=True)
print(inv.shape, np.array_equal(u[inv], a), np.unique(a, True, True, True)[1])
rows = np.array([[1, 2], [1, 2], [0, 5]])
print(np.unique(rows, axis=0, return_index=True, return_inverse=True, return_counts=True))
print(np.unique(np.array([[1, 2, 1], [3, 0, 3]]), axis=1, return_inverse=True), np.unique(np.array([[1, 2, 1], [3, 0, 3]]), axis=-1))
f = np.array([1.0, np.nan, 2.0, np.nan, 0.5, 0.5])
print(np.unique(f), np.unique(f, return_counts=True), np.unique(f, equal_nan=False), np.unique(f, return_index=True, return_inverse=True))
print(np.unique([3, 1, 3], return_index=True), np.unique(np.array([True, False, True]), return_counts=True), np.unique(np.array(5), return_inverse=True))
print(np.unique(np.array([]), return_counts=True, return_inverse=True, return_index=True))
print(np.unique(np.array([[np.nan, 2.0], [np.nan, 2.0]]), axis=0), np.unique(np.array([[3, 2.0], [1, 5.0], [3, 1.0]]), axis=0, return_inverse=True))
print(np.unique(np.zeros((0, 3)), axis=0, return_counts=True), np.unique(np.zeros((2, 0)), axis=0).shape, np.unique(np.array([3, 1, 2, 3]), sorted=False, return_index=True))
labels = np.array(['%d' % v for v in [0]]) if False else y
classes, y_idx = np.unique(labels, return_inverse=True)
print(classes, y_idx, np.bincount(y_idx))
try:
    np.unique(rows, axis=2)
except np.exceptions.AxisError as e:
    print('AxisError:', e)
