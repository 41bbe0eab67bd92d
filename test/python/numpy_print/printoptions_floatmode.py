import numpy as np

x = np.array([0.1, 0.25, 1.0 / 3, 2.0])
y = np.array([0.5, 1.25, 2.0])
z = np.array([1e-6, 2.5e-3, 1.0])
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    np.set_printoptions(floatmode=mode, precision=4)
    print(mode, x, y, repr(z))
    print(np.array([0.1, 0.2, 0.3], dtype=np.float32), np.array([1.0, 2.0]))
np.set_printoptions(floatmode="fixed", precision=2)
print(np.array([0.125, 0.375, 2.5, 1e10]))
print(np.array([[np.nan, 1.0], [np.inf, -2.0]]))
np.set_printoptions(floatmode="unique", precision=1)
print(np.array([1.0 / 3, 0.1 + 0.2]))
print(np.get_printoptions()["floatmode"])
