# np.nditer: it[0], it.value, it.operands, writes through it[0] and in a with block.
import numpy as np
a = np.arange(6.0).reshape(2, 3)
it = np.nditer(a, flags=['multi_index'])
print(it[0], it.value, type(it[0]).__name__, it.operands[0] is a)
try:
    it[0] = 5.0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(it[1])
except IndexError as e:
    print("IndexError", e)
with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = x * x + 1
print(a)
b = np.zeros(3)
it = np.nditer(b, flags=['multi_index'], op_flags=['readwrite'])
while not it.finished:
    it[0] = it.multi_index[0] + 0.5
    it.iternext()
print(b)
