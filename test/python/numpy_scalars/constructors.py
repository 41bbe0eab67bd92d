# Making numpy scalars: numbers and array-likes are cast by numpy (a longer list gives an array),
# anything else is Python's float()/int()/bool() of it, with their parsing and their errors.
import numpy as np

for text in [' 12 ', '1_000', '+5', '-0', '1e3', 'inf', ' nan', '0.1']:
    row = []
    for make in (np.int64, np.float64, np.float32, np.bool_):
        try:
            row.append(repr(make(text)))
        except ValueError as e:
            row.append(f'ValueError({e})')
    print(repr(text), row)
for value in [None, [1.5], (2,), [[1]], [], 2.5, True, np.float32(0.1), np.int64(7), -3, 2**40]:
    row = []
    for make in (np.int64, np.float64, np.float32, np.bool_):
        try:
            row.append(repr(make(value)))
        except TypeError as e:
            row.append(f'TypeError({e})')
    print(repr(value), row)
print(repr(np.float64()), repr(np.int64()), repr(np.bool_()), repr(np.float32()))
print(repr(np.float64(np.float32(0.1))), repr(np.float32(np.float64(0.1))), repr(np.int64(np.float64(-2.9))))
print(repr(np.float64(2).round(1)), repr(np.float32(1.25).round(1)), repr(np.int64(17).round(-1)), repr(np.float64(2.5).round()))
x = np.float64.fromhex("0x1.8p1")
print(x, type(x), repr(x), np.float64(2.5).hex())
