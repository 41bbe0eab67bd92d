# Integer scalar types: construction, conversion to Python numbers, use as indices, arithmetic.
import math
import numpy as np

print(repr(np.int32(5)), repr(np.uint8(3.7)), repr(np.uint8(np.int64(300))), repr(np.uint8(np.float64(300.0))))
print(repr(np.uint8('12')), repr(np.int32('12')), repr(np.uint8(True)), repr(np.uint8()), repr(np.uint8(np.array([300, 1]))))
v = np.int16(-7)
print(int(v), float(v), v.item(), type(v.item()), abs(v), -v, +v, v // 2, v % 2, divmod(v, np.int16(2)))
print([10, 20, 30][np.int8(-1)], list(range(np.int32(3))), 'ab' * np.uint8(2), range(10)[np.uint8(3)])
print(hash(np.uint8(7)), np.uint8(7) == 7, {np.uint8(1): 'a'}[1], np.uint8(3) in {1, 2, 3}, bool(np.uint8(0)))
print(math.floor(np.int8(3)), math.sqrt(np.uint8(16)), pow(np.int32(3), 2), 2 ** np.int32(3), round(np.int32(15), -1))
print(sum(np.array([100, 100, 100], np.uint8)), max(np.uint8(3), np.uint8(200)), sorted(np.array([3, 1, 2], np.uint8)))
print([a for a in np.array([1, 2], np.int32)], np.array([[1, 2]], np.uint8).tolist(), np.uint8(7).is_integer())
print(repr(np.int32(3).astype(np.float32)), repr(np.float32(np.uint8(7))), repr(np.int8(np.int64(200))))
print(repr(np.uint8(200) + np.int64(100)), repr(np.uint8(5) + True), repr(np.uint8(5) * 1.0), repr(5 - np.uint8(10)))
