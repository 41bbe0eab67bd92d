# The assignments' notebook style: the layers live in layers.py beside this file, which imports
# them like `python two_layer_step.py` would, runs one forward and backward pass of a two-layer
# net, and gets each imported backward checked (the checks pass here: the bug of layers.py is in
# batchnorm_backward, which this file does not use). Hover W1 or dW1 to compare the two.
import numpy as np
from layers import affine_backward, affine_forward, relu_backward, relu_forward, softmax_loss

np.random.seed(1)
X = np.random.randn(5, 4)
y = np.array([0, 1, 2, 1, 0])
W1, b1 = np.random.randn(4, 6) * 0.1, np.zeros(6)
W2, b2 = np.random.randn(6, 3) * 0.1, np.zeros(3)

h, h_cache = affine_forward(X, W1, b1)
a, a_cache = relu_forward(h)
scores, s_cache = affine_forward(a, W2, b2)
loss, dscores = softmax_loss(scores, y)

da, dW2, db2 = affine_backward(dscores, s_cache)
dh = relu_backward(da, a_cache)
dX, dW1, db1 = affine_backward(dh, h_cache)
print(f"loss {loss:.6f}, |dW1| {np.linalg.norm(dW1):.6f}")
