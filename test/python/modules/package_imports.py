import netlib.layers
print(netlib.layers.__name__, netlib.layers.__package__, netlib.__package__)
import netlib.util as U
from netlib import layers, util
print(layers is netlib.layers, U is util, U.__name__)
from netlib.layers import affine_forward as af
import numpy as np
out, _ = af(np.ones((2, 2)), np.eye(2), np.array([0.5, -0.5]))
print(out)
print(af.__module__, af.__qualname__, repr(netlib)[:22])
import shapes.square
from shapes import square
print(shapes.square.area(3), square.area(1.5), square is shapes.square)
print(shapes.__name__, shapes.__file__, shapes.__package__, square.__package__)
