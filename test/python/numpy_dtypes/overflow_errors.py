# Python ints a dtype cannot hold: numpy 2 raises OverflowError instead of wrapping them.
import numpy as np

tries = [
    lambda: np.array([300], np.uint8),
    lambda: np.array([1, -1], np.uint8),
    lambda: np.array([256.5], np.uint8),
    lambda: np.uint8(300),
    lambda: np.int8(128),
    lambda: np.int32(2**31),
    lambda: np.zeros(3, np.uint8) + 300,
    lambda: np.array([1], np.int8) + 1000,
    lambda: np.array([1, 2, 3], np.int32) * 2**40,
    lambda: np.full(3, -1, dtype=np.uint8),
    lambda: np.arange(254, 260, 3, dtype=np.uint8),
    lambda: np.maximum(np.array([1, 2], np.uint8), 300),
    lambda: np.array([np.nan], np.int32),
    lambda: np.array([np.inf], np.int16),
    lambda: np.array([2], np.int32) ** -1,
]
for f in tries:
    try:
        print(repr(f()))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
x = np.array([1, 2, 3], np.uint8)
x[0] = 2.7
print(repr(x), repr(np.where([True, False, True], x, 300)))
x += 1.5
