# Integer dtypes by every way of naming them, and astype between them.
import numpy as np

a = np.arange(3).astype(np.int32)
print(repr(a), a.dtype, a.itemsize, a.nbytes)
print(repr(np.zeros(4, dtype='uint8')), repr(np.ones((2, 2), np.int8)))
print(repr(np.array([1, -2, 3], dtype=np.int16)), repr(np.array([7], 'u2')), repr(np.array([7], 'i4')))
print(repr(np.full(3, 9, dtype=np.uint32)), repr(np.eye(2, dtype='int8')))
print(repr(np.arange(250, 260, 5, dtype=np.uint8)), repr(np.arange(0, 600, 200, dtype=np.uint8)))
print(repr(np.linspace(0, 10, 5, dtype=np.int32)))
b = np.array([1.7, -1.7, 300.0, -129.5])
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.uint64]:
    print(dt.__name__, b.astype(dt).tolist() if dt is not np.uint64 else np.abs(b).astype(dt).tolist())
c = np.array([300, -1, 65537, 2**31])
for dt in ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32']:
    print(dt, repr(c.astype(dt)))
print(repr(np.array([True, False]).astype(np.uint8)), repr(np.array([0, 3], np.uint8).astype(bool)))
print(repr(np.array([1, 2], np.uint8).astype(np.float32)), repr(np.array([1, 2], np.int16).astype(float)))
print(repr(np.array([np.uint8(7), np.int8(8)])), repr(np.array([np.uint8(7), 300])))
print(repr(np.zeros_like(np.array([1, 2], np.uint16))), repr(np.full_like(np.array([1, 2], np.int8), 5)))
print(repr(np.array([], np.uint8)), repr(np.array(5, np.int16)))
