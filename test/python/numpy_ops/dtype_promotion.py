import numpy as np

i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
f32 = np.array([1.5, 2.5], dtype=np.float32)
b = np.array([True, False, True])
print((i + f).dtype, (i * 2).dtype, (i * 2.0).dtype, (i / 1).dtype, (i // 2).dtype)
print((f32 + 1.0).dtype, (f32 + np.float64(1.0)).dtype, (f32 * 2).dtype, (f32 + f[:2]).dtype)
print((b + b).dtype, b + b, (b * 1).dtype, (b + 0.5).dtype, b.sum(), b.sum().dtype)
print((i + True).dtype, (i ** 2).dtype, (i ** -1.0).dtype, np.sqrt(i).dtype, (i > 1).dtype)
print(repr(i / 2), repr(i + 0.5), repr(f32 + 1), repr(f32 / 3))
print(repr(np.float64(1) + 1), repr(np.int64(3) * 2), repr(np.int64(3) / 2), repr(np.float32(0.1) + 0.2))
print(repr(3 + np.float64(0.5)), repr(np.int64(7) // 2), repr(2 ** np.int64(3)), repr(np.float32(2) * np.float64(2)))
x = np.zeros(3, dtype=int)
x[0] = 2.9
x[1] = True
print(repr(x), repr(i == 1.0))
print(repr(np.array([1, 2]) * np.float32(1.5)), repr(np.array([1.5], dtype=np.float32) * 3.0))
