# repr and str of integer arrays and scalars: dtype= in the repr, alignment, summaries.
import numpy as np

x = np.arange(12, dtype=np.int8).reshape(3, 4) - 5
print(repr(x))
print(x)
print(repr(np.arange(2000, dtype=np.uint16)))
print(repr(np.array([-128, 127], np.int8)), repr(np.array([0, 4294967295], np.uint32)))
print(repr(np.array([[0, 2**63]], np.uint64)), repr(np.uint64(2**63)))
print(repr(np.array([300.0, -1.0, 3e9, -3e9]).astype(np.uint32)))
print(repr(np.array([1, 2], np.int32)[None]), repr(np.array([], np.int32).reshape(0, 3)))
print(repr(np.array(7, np.int16)), str(np.array(7, np.int16)))
print(np.array2string(np.array([1, -2], np.int8)), np.array_repr(np.array([1, -2], np.int8)))
for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.uint64]:
    v = t(7)
    print(repr(v), str(v), v, type(v), v.dtype, repr(v.dtype), v.itemsize, [v])
print(f'{np.uint8(7):03d}', '%d' % np.uint8(7), '{:>4}'.format(np.int16(-3)), f'{np.int16(-3):+d}')
