import numpy as np

a = np.arange(12).reshape(3, 4)
rows, cols = np.ix_([0, 2], [3, 1])
print(rows, cols, rows.shape, cols.shape)
print(a[np.ix_([0, 2], [3, 1])])
print(a[np.ix_(np.array([True, False, True]), [0])], np.ix_([], [1])[0].dtype, np.ix_())
a[np.ix_([1], [0, 2])] = -1
print(a)
print(np.argwhere(a > 8), np.argwhere(a < -5).shape)
print(np.argwhere([0, 1, 2]), np.argwhere(np.array(3)).shape, np.argwhere(np.array(0)).shape)
print(np.nonzero(a < 0), a[np.nonzero(a > 9)], np.flatnonzero(a % 5 == 0))
r = np.arange(3)
view = np.ix_(r)[0]
view[0] = 9
print(r)
for bad in [lambda: np.ix_([[1]]), lambda: np.ix_(3), lambda: np.nonzero(np.array(3)), lambda: np.where(True)]:
    try:
        bad()
    except ValueError as e:
        print(e)
