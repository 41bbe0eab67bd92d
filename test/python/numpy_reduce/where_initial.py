import numpy as np

a = np.arange(6.0).reshape(2, 3)
m = np.array([True, False, True])
print(np.sum(np.ones(3), where=np.array([True, False, True])), np.sum(a, where=m), np.sum(a, axis=0, where=m), a.sum(axis=1, where=a > 2, keepdims=True))
print(np.mean(a, where=m), np.mean(a, axis=0, where=a > 1, keepdims=True), a.mean(where=m), np.var(a, where=m), np.std(a, axis=1, where=a > 0, ddof=1))
print(np.max(a, where=m, initial=-1), np.max(a, axis=0, where=m, initial=-1), np.min(a, where=a > 10, initial=100), np.amax(a, where=m, initial=0))
print(np.prod(a + 1, where=m), np.prod(a + 1, axis=1, where=m), np.any(a > 3, where=m), np.all(a > 3, where=a > 4), np.any(a, where=m, axis=0))
print(np.sum(a, initial=10), np.sum(a, axis=0, initial=10), np.max(a, initial=10), np.max(np.array([]), initial=3), np.sum(np.array([1, 2]), initial=0.5))
print(np.max(np.zeros((2, 0)), axis=1, initial=-1), a.sum(where=m, initial=1), np.sum(a, where=1), np.sum(a, where=None), np.sum(a, axis=0, where=m, dtype=int))
print(np.var(np.arange(6).reshape(2, 3), where=m), repr(np.mean(np.array([1, 2, 3], dtype=np.float32), where=np.array([True, True, False]))))
n = 3000
x = ((np.arange(n) * 0.37) % 1.3 - 0.6) * (1 + np.arange(n) / 7.0)
keep = (np.arange(n) * 7) % 5 != 1
print(repr(x.sum(where=keep)), repr(np.where(keep, x, 0).sum()), repr(x.mean(where=keep)), repr(x.var(where=keep)))
print(repr(x.reshape(30, 100).sum(axis=1, where=keep.reshape(30, 100))[:2]), repr(x.astype(np.float32).sum(where=keep)))
print(np.argmax(np.array([[1, 2], [4, 3]]), axis=1, keepdims=True), np.array([[1, 2], [4, 3]]).argmin(axis=0, keepdims=True))
for bad in [lambda: np.max(a, where=m), lambda: np.sum(a, where=[True, False]), lambda: np.mean(a, where=[True, False]),
            lambda: np.sum(a, where=np.array([1, 0, 1])), lambda: np.sum(a, where=np.ones((2, 2, 3), bool)), lambda: np.argmax(a, where=m)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
