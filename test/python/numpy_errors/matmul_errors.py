import numpy as np

A = np.ones((2, 3))
B = np.ones((2, 3))
cases = [
    lambda: A @ B,
    lambda: np.matmul(A, np.ones(2)),
    lambda: np.dot(A, B),
    lambda: np.ones(3) @ np.ones(4),
    lambda: np.dot(np.ones(3), np.ones(4)),
    lambda: A @ 2.0,
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print((A @ B.T).shape)
scores = A.dot(B)
