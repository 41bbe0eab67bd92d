import numpy as np

x = np.arange(6)
print(x.reshape(2, 3))
print(x.reshape(3, -1))
for shape in [(4,), (4, -1), (-1, -1), (5, 2)]:
    try:
        x.reshape(*shape)
    except ValueError as e:
        print(shape, e)
x.reshape(4, 2)
