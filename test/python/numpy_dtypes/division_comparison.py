# True division gives float64 (float32 next to a float32), comparisons give bools, also with Python
# ints the dtype cannot hold (numpy compares their values).
import numpy as np

u = np.array([1, 2, 250], np.uint8)
print(repr(u / 2), repr(u / np.array([2, 2, 2], np.uint8)), repr(np.uint8(3) / np.uint8(2)))
print(repr(np.array([1, 2], np.int16) / np.float32(2)), repr(np.int32(7) / 2), repr(np.uint8(10) / np.uint8(0)))
print(repr(np.int32(7) // 2), repr(np.int32(-7) // np.int32(2)), repr(np.int32(-7) % np.int32(2)))
print(repr(u < 300), repr(u == -1), repr(u != -1), repr(u > -1), repr(u >= 2**70))
print(repr(np.uint8(5) < 300), repr(np.uint8(5) == 300), repr(np.uint8(5) == 5.0))
print(repr(u < 2.5), repr(np.array([1, 2], np.uint16) == np.array([1, 3], np.int8)))
print(repr(np.int8(-1) < np.uint8(1)), repr(np.int32(3) < np.float32(3.5)))
print(repr(np.equal(u, 2)), repr(np.less(u, 1000)))
print(repr(np.clip(u, 2, 200)), repr(np.clip(u, -1, 300)))
print(np.sum(u > 1), repr((u > 1).mean()))
