import numpy as np

a = np.arange(6.0).reshape(2, 3)
fl = a.flat
print(type(fl).__name__, len(fl), fl.base is a, fl.index, fl.coords, next(fl), next(fl), fl.index, fl.coords)
print(list(fl), list(fl), [int(v) for v in a.flat], a.flat[3], a.flat[-1], list(a.T.flat))
print(a.flat[1:4], a.flat[[0, 5]], a.flat[np.array([True, False, True, False, False, True])], a.flat[...], a.flat[[[0, 1], [2, 3]]])
print(a[:, ::2].flat[1:], a.flat.copy(), np.array(a.T.flat), a.flat < 2, sum(a.flat), max(a.flat))
b = np.zeros((2, 3))
b.flat[[1, 4]] = 5
b.flat[:4] = [1, 2]
print(b)
b.flat = 7
b.flat[::2] = np.array([[9.5]])
print(b)
c = np.zeros((3, 3))
c.T.flat[1] = 1
col = c[:, 1]
col.flat[0] = 8
print(c)
i = np.zeros(3, dtype=int)
i.flat[0] = 2.7
i.flat[[0, 0]] = [4, 6]
print(i, i.flat[0], np.array(5.0).flat[0])
for bad in [lambda: a.flat[6], lambda: a.flat[None], lambda: a.flat[1, 2], lambda: a.flat[[7]], lambda: a.flat[np.array([True])], lambda: i.flat.__setitem__(5, 1)]:
    try:
        bad()
    except IndexError as e:
        print('IndexError:', e)
