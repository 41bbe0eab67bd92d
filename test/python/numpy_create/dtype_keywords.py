import numpy as np

for dt in [float, int, bool, np.float64, np.float32, np.int64, "float64", "int64", "float32"]:
    a = np.zeros(2, dtype=dt)
    print(repr(a), a.dtype)
print(repr(np.array([1, 2], dtype="float")), repr(np.ones(2, "int")))
print(np.dtype("float64"), np.dtype(float), np.dtype(int) == np.int64, np.float64(2).dtype)
print(repr(np.array([1.5], dtype=np.float64).astype("float32")))
print(repr(np.arange(3, dtype=np.int64)), repr(np.arange(3, dtype="float32")))
