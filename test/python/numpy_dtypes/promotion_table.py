# numpy 2's promotion (NEP 50): result dtypes of every pair of array dtypes, and of arrays with
# Python scalars (weak) and numpy scalars (strong).
import numpy as np

names = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64']
for a in names:
    row = []
    for b in names:
        row.append(str((np.zeros(1, a) + np.zeros(1, b)).dtype))
    print(a.ljust(8), ' '.join(d.ljust(7) for d in row))
x8 = np.array([1, 2], np.int8)
print((x8 + 1).dtype, (x8 * 1.5).dtype, (x8 + True).dtype, (x8 + np.int64(1)).dtype, (x8 + np.float32(1)).dtype)
u8 = np.array([1, 2], np.uint8)
print((u8 - 1).dtype, (u8 * np.int8(-1)).dtype, (u8 + np.float32(1.5)).dtype, (u8 / 2).dtype)
print((np.int32(3) + np.float32(1)).dtype, (np.int16(3) + np.float32(1)).dtype, (np.uint8(2) ** np.int8(3)).dtype)
print(repr(np.concatenate([np.array([3], np.uint8), np.array([-1], np.int8)])))
print(repr(np.where([True, False], np.array([3, 3], np.uint8), np.array([-1, -1], np.int8))))
print(repr(np.maximum(np.array([3], np.uint8), np.array([-1], np.int8))))
