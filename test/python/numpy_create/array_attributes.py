import numpy as np

x = np.arange(24).reshape(2, 3, 4)
print(x.shape, x.ndim, x.size, x.dtype, len(x), x.dtype.name, str(x.dtype))
print(repr(x.dtype), x.dtype == np.int64, x.dtype == np.float64, x.dtype == "int64")
y = x.astype(np.float32)
print(y.dtype, y.itemsize, x.itemsize, x.nbytes, y.nbytes)
print(x.T.shape, x.transpose(1, 0, 2).shape, x.reshape(-1).shape, x.reshape(4, -1).shape)
print(type(x).__name__, type(x.shape).__name__, type(x.size).__name__, type(x[0, 0, 0]).__name__)
print(np.float64, np.int64, np.bool_, np.float32, float is np.float64)
print(x.tolist()[1][2], np.array(3.5).item(), type(np.array(3).item()).__name__)
print(np.shape([[1, 2, 3]]), np.ndim(5), np.size([[1, 2], [3, 4]]))
