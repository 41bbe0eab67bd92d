import numpy as np

a = np.arange(12.0).reshape(3, 4)
print(a.diagonal(), np.diagonal(a, 1), np.diagonal(a, -1), a.diagonal(5), np.diag(a), np.diag(a, 1))
b = np.arange(24).reshape(2, 3, 4)
print(b.diagonal(), b.diagonal(0, 1, 2), b.diagonal(1, 2, 0), b.diagonal(axis1=-1, axis2=-2), sep='\n')
d = a.diagonal()
a[0, 0] = 99
print(d, d.reshape(3, 1).T, np.copy(d) + 1)
def assign(): d[0] = 5
def add(): np.add(d, 1, out=d)
def sort(): d.sort()
def view(): d[1:][0] = 1
def flat(): d.flat[0] = 1
def inplace():
    global d
    d += 1
for write in [assign, add, sort, view, flat, inplace, lambda: np.nditer(d, op_flags=['readwrite']), lambda: np.diag(a).fill(0)]:
    try:
        write()
    except ValueError as e:
        print('ValueError:', e)
e = d.copy()
e[0] = 1
np.add.at(d, [1], 10)
print(e, a[1, 1])
print(np.trace(a), a.trace(1), np.trace(b), np.trace(b, 0, 1, 2), np.trace(np.eye(3, dtype=bool)), np.trace(a, dtype=int), np.trace(a, offset=10))
print(repr(np.trace(np.ones((2, 2), dtype=np.float32))), np.trace([[1, 2], [3, 4]]), np.diag([1, 2]))
for bad in [lambda: np.diagonal(np.arange(3)), lambda: b.diagonal(0, 0, 0), lambda: b.diagonal(0, 0, 3), lambda: np.trace(np.arange(3))]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
