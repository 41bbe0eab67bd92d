# randint and Generator.integers with integer dtypes: 32-bit dtypes draw as int64 does, 8 and
# 16-bit ones take their values from a buffered 32-bit draw, bools one bit at a time.
import numpy as np

np.random.seed(0)
print(repr(np.random.randint(0, 10, 6, dtype=np.int32)), repr(np.random.randint(0, 10, 6, dtype=np.uint32)))
print(repr(np.random.randint(0, 10, 6, dtype=np.int16)), np.random.rand())
print(repr(np.random.randint(0, 10, 7, dtype=np.uint8)), np.random.rand())
print(repr(np.random.randint(-5, 5, 3, dtype=np.int8)), repr(np.random.randint(0, 256, 7, dtype=np.uint8)))
print(repr(np.random.randint(0, 65536, 3, dtype=np.uint16)), repr(np.random.randint(0, 40000, (2, 3), dtype=np.int16)))
print(repr(np.random.randint(3, dtype=np.int32)), repr(np.random.randint(3, dtype='uint8')), repr(np.random.randint(3)))
print(repr(np.random.randint(0, 2, 40, dtype=bool)), repr(np.random.randint(0, 2, dtype=bool)))
rs = np.random.RandomState(5)
print(repr(rs.randint(0, 100, 5, dtype=np.uint8)), repr(rs.randint(0, 100, 5, dtype=np.int64)))
g = np.random.default_rng(0)
print(repr(g.integers(0, 10, 6, dtype=np.int32)), repr(g.integers(0, 10, 6, dtype=np.uint8)), g.random())
print(repr(g.integers(-100, 100, 9, dtype=np.int8)), repr(g.integers(0, 255, 5, dtype=np.uint8, endpoint=True)))
print(repr(g.integers(0, 65535, 5, dtype=np.uint16, endpoint=True)), repr(g.integers(5, dtype=np.uint16)))
print(repr(g.integers(0, 2, 40, dtype=bool)), repr(g.integers(2, dtype=bool)), repr(g.integers(5, dtype=int)), g.random())
for lo, hi in [(0, 300), (-1, 3)]:
    try:
        np.random.randint(lo, hi, 2, dtype=np.uint8)
    except ValueError as e:
        print('ValueError:', e)
