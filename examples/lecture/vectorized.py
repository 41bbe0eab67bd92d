# The vectorised example: f = ||W x||^2. The gradient of a matrix has the matrix's shape.
import numpy as np

W = np.array([[0.1, 0.5], [-0.3, 0.8]])
x = np.array([0.2, 0.4])
q = W @ x
f = np.sum(q ** 2)
print("q =", q)
print("f =", f)
