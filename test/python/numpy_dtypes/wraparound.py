# Storage wraps modulo 2**bits: arithmetic, casts, in-place operators and scalars.
import numpy as np

b = np.array([1, 2, 3], dtype=np.int32)
print(repr(b * 2**30))
print(repr(np.array([200], np.uint8) + np.uint8(100)))
print(repr(np.uint8(255) + np.uint8(1)), repr(np.uint8(5) - np.uint8(10)), repr(np.int8(100) * np.int8(3)))
print(repr(np.zeros(3, np.uint8) - 1), repr(np.ones(3, dtype='int8') * 100 + 100))
print(repr(-np.array([1, 2], np.uint8)), repr(abs(np.array([-128, 5], np.int8))), repr(-np.int8(-128)))
print(repr(np.array([2**30 + 1], np.int32) * np.array([2**30 + 3], np.int32)))
print(repr(np.array([4000000000], np.uint32) * np.array([4000000001], np.uint32)))
print(repr(np.array([3], np.int32) ** np.array([40], np.int32)), repr(np.array([3], np.uint8) ** 5))
print(repr(np.square(np.array([20], np.int8))), repr(np.square(np.array([3000000], np.int32))))
print(repr(np.array([-128], np.int8) // np.array([-1], np.int8)), repr(np.array([7, -7], np.int8) % np.array([-2], np.int8)))
print(repr(np.array([5], np.uint8) // 0), repr(np.array([5], np.uint8) % 0))
x = np.array([1, 2, 250], np.uint8)
x += 10
print(repr(x))
x -= np.uint8(20)
print(repr(x))
y = np.array([1, 2], np.int32)
y *= 2**30
print(repr(y))
print(repr(np.array([3, 1], np.uint8) @ np.array([200, 1], np.uint8)))
print(repr(np.dot(np.array([3000000, 1], np.int32), np.array([3000000, 1], np.int32))))
print(repr(np.outer(np.array([1, 2], np.uint8), np.array([200, 3], np.uint8))))
print(repr(np.cumsum(np.array([200, 200], np.uint8))), repr(np.diff(np.array([1, 5, 2], np.uint8))))
print(repr(~np.array([1], np.int8)), repr(~np.uint8(1)), repr(np.array([5, 12], np.uint8) & 6))
print(repr(np.array([1, 2], np.uint8) << 7), repr(np.array([-8], np.int16) >> 1))
