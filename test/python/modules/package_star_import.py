import numpy as np
from netlib.layers import *

np.random.seed(0)
x = np.random.randn(2, 3)
w = np.random.randn(3, 4)
b = np.zeros(4)
out, cache = affine_relu_forward(x, w, b)
print(out)
fc, a = cache
dx, dw, db = affine_backward(relu_backward(np.ones_like(out), a), fc)
print(dx.shape, dw.shape, db)
try:
    helper_not_exported
except NameError as e:
    print(e)
import netlib
print(netlib.VERSION, netlib.relu(np.array([-1.0, 2.0])))
print(sorted(k for k in dir(netlib) if not k.startswith("_")))
print(netlib.__doc__)
