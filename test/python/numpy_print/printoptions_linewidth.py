import numpy as np

x = np.arange(20) * 1.5
np.set_printoptions(linewidth=30)
print(x)
print(repr(x))
print(np.arange(12).reshape(2, 6) * 1000)
print(repr(np.arange(8, dtype=np.float32)))
np.set_printoptions(linewidth=120)
print(np.arange(40))
print(repr(np.linspace(0, 1, 15)))
np.set_printoptions(linewidth=5)
print(np.array([1, 22, 333]), repr(np.array([1.5, 2.5])))
np.set_printoptions(linewidth=75)
print(np.arange(30))
print(np.get_printoptions()["linewidth"])
