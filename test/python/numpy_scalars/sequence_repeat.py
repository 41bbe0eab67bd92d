# Sequence repetition and concatenation with numpy scalars: numpy defers `*` to the sequence, so a
# list times np.int64 repeats it (through __index__) and any other numpy scalar is refused; `+`
# with a list or tuple goes to numpy, which makes an array.
import numpy as np

n = np.int64(3)
print([0] * n, n * [1, 2], (7,) * np.int64(2), np.int64(2) * (8, 9))
print('ab' * n, n * 'xy', '-' * np.int64(0), [1] * np.int64(-1))
row = [0.0] * np.int64(2)
row *= np.int64(2)
print(row, type(row).__name__)
print([1, 2] + np.int64(10), (1, 2) + np.float64(0.5))
print(np.int64(1) + [2, 3], np.array([1, 2]) * [3, 4])
for value in [np.float64(2), np.float32(2), np.bool_(True), 2.0]:
    for seq in [[0], (0,), 'ab']:
        for pair in [(seq, value), (value, seq)]:
            try:
                pair[0] * pair[1]
            except TypeError as e:
                print(e)
for left, right in [('a', np.int64(1)), ('a', np.float64(1.0)), ([1], 'x')]:
    try:
        left + right
    except TypeError as e:
        print(e)
