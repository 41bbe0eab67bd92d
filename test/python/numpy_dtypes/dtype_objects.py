# np.dtype objects and scalar types of the integer dtypes, and np.iinfo.
import numpy as np

x = np.array([1, 2], np.uint8)
print(x.dtype, repr(x.dtype), str(x.dtype), x.dtype.name, x.dtype.kind, x.dtype.char, x.dtype.str, x.dtype.itemsize)
print(x.dtype == np.uint8, x.dtype == 'uint8', x.dtype == 'u1', x.dtype == np.int8, x.dtype is np.dtype('uint8'))
print(np.dtype('int32') == 'i4', np.dtype('int32') == int, np.dtype('int64') == int, np.int32 == np.dtype('int32'))
print([str(np.dtype(c)) for c in 'bBhHiIlLfd?'], [np.dtype(c).str for c in 'bBhHiI'])
print(np.dtype('int8').type, np.dtype(np.uint16).type is np.uint16, x.dtype.type(5), repr(x.dtype.type(5)))
print(np.uint8, np.ubyte, np.intc, np.uint, np.short, np.ushort, np.byte, np.uintc)
print(np.int32.__mro__)
print(np.uint8.__mro__)
print(isinstance(np.uint8(1), np.integer), isinstance(np.uint8(1), np.signedinteger), isinstance(np.uint8(1), np.unsignedinteger))
print(isinstance(np.int16(1), np.number), isinstance(np.uint16(1), int), type(x[0]), type(x.sum()))
print(np.iinfo(np.int32).max, np.iinfo('int8').min, np.iinfo(np.uint64).max, np.iinfo(np.int16).bits)
print(np.iinfo(np.uint8), np.iinfo(5), repr(np.iinfo(np.int8(3)).dtype))
print(str(np.iinfo(np.int8)))
