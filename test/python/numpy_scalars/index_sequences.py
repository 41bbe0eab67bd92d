# numpy integers index Python sequences through __index__: str, list, tuple, range, slices,
# list methods taking positions, and range() bounds; user classes with __index__ work the same.
import numpy as np

class Position:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = np.int64(1)
letters = 'abcdef'
items = [10, 20, 30, 40, 50]
print(letters[np.int64(0)], letters[i], letters[np.int64(-1)], items[i], (1, 2, 3)[np.int64(-1)])
print(letters[:np.int64(2)], items[i:np.int64(4)], items[::np.int64(2)], letters[::np.int64(-2)])
print(list(range(np.int64(3))), list(range(i, np.int64(9), np.int64(3))), range(10)[np.int64(2)])
print(range(20)[np.int64(2):np.int64(8)], len(range(np.int64(5))))
print(items[Position(2)], letters[Position(3)], items[Position(1):Position(3)])
items.insert(np.int64(1), 15)
popped = items.pop(np.int64(0))
print(items, popped, items.index(30, np.int64(1)))
grid = [[0] * 3 for _ in range(2)]
grid[np.int64(1)][np.int64(2)] = 7
del items[np.int64(0)]
print(grid, items)
idx = np.argmax(np.array([3.0, 9.0, 1.0]))
print(type(idx).__name__, ['low', 'high', 'mid'][idx])
for key in [np.float64(1), np.bool_(True), np.float32(0), 1.0]:
    for seq in [items, letters, (1, 2)]:
        try:
            seq[key]
        except TypeError as e:
            print(e)
