import numpy as np

x = np.array([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]])
print(x.var(), x.var(axis=0), x.var(axis=1), np.var(x, axis=1, keepdims=True))
print(x.std(), x.std(axis=0), np.std(x, axis=1), x.std(ddof=1), x.var(axis=0, ddof=1))
print(x.prod(), x.prod(axis=0), np.prod(x, axis=1), np.prod([1, 2, 3, 4]), repr(np.prod(np.arange(1, 6))))
i = np.array([1, 2, 3, 4])
print(repr(i.var()), repr(i.std()), repr(i.prod()), repr(np.prod([])))
print(repr(np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).std()))
v = np.arange(10) * 0.1
print(repr(v.var()), repr(v.mean()))
