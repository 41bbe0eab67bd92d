import numpy as np

print(repr(np.zeros(3)), repr(np.zeros((2, 3))), repr(np.zeros((2,), dtype=int)))
print(repr(np.ones((2, 2))), repr(np.ones(3, dtype=np.int64)), repr(np.ones(2, dtype=bool)))
print(repr(np.full((2, 3), 7)), repr(np.full(3, 0.5)), repr(np.full((2,), np.inf)))
print(repr(np.eye(3)), repr(np.eye(2, 3)), repr(np.eye(3, k=1)), repr(np.eye(2, dtype=int)))
print(repr(np.zeros((0, 3))), np.zeros((0, 3)).shape, repr(np.zeros((2, 0))))
print(repr(np.zeros(())), np.ones((1, 1, 2)).shape, repr(np.ones((1, 1, 2))))
print(repr(np.identity(2)), repr(np.zeros(2, dtype=np.float32)))
