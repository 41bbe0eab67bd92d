# '%x' needs an integer: a numpy float is refused with numpy's type name in the message.
import numpy as np

total = np.array([10.0, 5.0]).sum()
print('%d items, %.1f total, %s' % (2, total, total))
print('%x' % np.int64(255))
print('%x' % total)
