# sin and cos print what CPython prints (glibc's correctly rounded values), summed, listed, through numpy.
import math
import numpy as np
xs = [0.1*i for i in range(1, 200)]
print(sum(math.sin(x) for x in xs), sum(math.cos(x) for x in xs))
print([math.sin(x) for x in xs[:8]])
print(np.sin(np.array(xs))[:6], repr(np.cos(np.float64(2.5))))
