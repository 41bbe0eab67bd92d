# Reductions of small integer arrays: sums and products accumulate in int64 (signed) or uint64
# (unsigned), max/min keep the dtype, means and variances are float64.
import numpy as np

u = np.array([200, 100], np.uint8)
print(repr(u.sum()), repr(u.prod()), repr(u.mean()), repr(u.max()), repr(u.min()), repr(u.argmax()))
i = np.array([[1, -2], [3, 4]], np.int16)
print(repr(i.sum()), repr(i.sum(axis=0)), repr(i.sum(axis=1, keepdims=True)), repr(i.max(axis=1)))
print(repr(i.mean(axis=0)), repr(i.var()), repr(i.std()), repr(np.median(i)))
print(repr(np.sum(np.array([1, 2], np.int32))), repr(np.prod(np.array([200, 200], np.int8))))
print(repr(np.cumsum(np.array([200, 200], np.uint8))), repr(np.cumsum(np.array([-1, 2], np.int8))))
print(repr(u.sum(dtype=np.uint8)), repr(u.mean(dtype=np.float32)), repr(i.sum(dtype=np.int8)))
print(repr(np.array([1, 2], np.uint16).sum() + 1), repr(np.array([1, 2], np.uint16).sum() + np.int8(1)))
print(repr(np.any(np.array([0, 0], np.uint8))), repr(np.all(np.array([1, 2], np.int32))))
print(repr(np.count_nonzero(np.array([3, 0, 1], np.int8))), repr(np.argmin(np.array([4, 1, 3], np.uint32))))
print(repr(np.bincount(np.array([1, 1, 3], np.uint8))), repr(np.unique(np.array([3, 1, 3], np.uint8))))
print(repr(np.sort(np.array([3, -1, 2], np.int8))), repr(np.argsort(np.array([3, 1, 2], np.uint16))))
