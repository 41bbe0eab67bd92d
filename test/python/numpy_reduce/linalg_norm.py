import numpy as np

v = np.array([3.0, 4.0])
print(np.linalg.norm(v), repr(np.linalg.norm(v)), np.linalg.norm([1, 2, 2]))
m = np.array([[1.0, 2.0], [2.0, 4.0]])
print(repr(np.linalg.norm(m)), np.linalg.norm(m, axis=0), np.linalg.norm(m, axis=1))
print(np.linalg.norm(m, axis=1, keepdims=True), np.linalg.norm(np.zeros(3)))
print(np.linalg.norm(np.array([1.0, 1.0, 1.0, 1.0])), np.linalg.norm(np.arange(12).reshape(3, 4)) ** 2)
a = np.array([0.5, -0.5, 1.5])
b = np.array([0.5, -0.25, 1.25])
rel = np.linalg.norm(a - b) / np.linalg.norm(a + b)
print(f"{rel:.12f}", rel < 0.2)
