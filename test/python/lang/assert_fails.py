import numpy as np

def check_shape(x, shape):
    assert x.shape == shape, f"expected {shape}, got {x.shape}"
    print("shape ok", x.shape)

check_shape(np.zeros((2, 3)), (2, 3))
check_shape(np.zeros((3, 2)), (2, 3))
print("unreachable")
