import numpy as np

x = np.arange(6).reshape(2, 3)
print(x[1, 2], x[-2, -3])
for idx in [(2, 0), (0, 3), (0, -4), (-3, 0)]:
    try:
        x[idx]
    except IndexError as e:
        print(idx, "->", e)
try:
    x[0, 0, 0]
except IndexError as e:
    print(e)
try:
    np.arange(3)[[0, 5]]
except IndexError as e:
    print(e)
try:
    np.arange(3)[np.array([True, False])]
except IndexError as e:
    print(e)
print(x[5:], x[:, 10:].shape)
x[2, 0] = 1
