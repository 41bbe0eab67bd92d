# np.linalg.inv / solve / det: least squares by the normal equations, determinants as numpy
# computes them (through the log of the LU pivots), and numpy.linalg.LinAlgError.
import numpy as np

A = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(A), np.linalg.det(A), np.linalg.solve(A, np.array([1.0, 2.0])), np.linalg.solve(A, np.eye(2)))
B = np.array([[2.0, 1.0, 1.0], [1.0, 3.0, 2.0], [1.0, 0.0, 0.0]])
print(np.linalg.inv(B), np.linalg.det(B), repr(np.linalg.det(B)))
for bad in [np.ones((2, 2)), np.ones((2, 3)), np.zeros((2, 2))]:
    try:
        np.linalg.inv(bad)
    except np.linalg.LinAlgError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    np.linalg.solve(np.eye(2), np.ones(3))
except ValueError as e:
    print(type(e).__name__, e)
print(np.linalg.det(np.ones((2, 2))), np.linalg.det(np.eye(3) * 2), np.linalg.inv(np.eye(2).astype(int)).dtype)
print(np.linalg.det(np.array([[1, 2], [3, 4]])), np.linalg.det(np.zeros((0, 0))), np.linalg.inv(np.array([[2.0]])))
X = np.array([[1.0, 0.5], [1.0, 1.5], [1.0, 3.0], [1.0, 4.5]])
y = np.array([1.0, 2.1, 2.9, 4.2])
w = np.linalg.solve(X.T @ X, X.T @ y)
print(w, np.allclose(X.T @ X @ w, X.T @ y), np.linalg.inv(X.T @ X) @ (X.T @ y))
print(np.linalg.solve(B, np.arange(6.0).reshape(3, 2)))
np.linalg.inv(np.zeros((3, 3)))
