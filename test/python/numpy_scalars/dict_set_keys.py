# dict and set keys mixing numpy scalars and Python numbers: equal values are one key (the first
# key object is kept, as in CPython), lookups and membership work across the types.
import numpy as np

table = {1: 'one', 2.5: 'two and a half', True: 'yes'}
print(table[np.int64(1)], table[np.float64(2.5)], table[np.float32(2.5)], table[np.bool_(True)])
print(np.int64(1) in {1}, np.float64(1.0) in {1}, 2 in {np.int64(2)}, 0.5 in {np.float64(0.5)})
print(np.float32(0.1) in {0.1}, float(np.float32(0.1)) in {np.float32(0.1)})
mixed = {np.int64(1): 'x', 1: 'y', 1.0: 'z'}
print(mixed, len(mixed))
print({np.float64(2.0), 2, 2.0, np.int64(2), np.float32(2)})
counts = {}
for v in np.array([3, 1, 3, 2, 1, 3]):
    counts[v] = counts.get(v, 0) + 1
print(counts, counts[3], counts.get(np.int64(2)))
labels = dict(zip(np.arange(3), ['a', 'b', 'c']))
print(labels, labels[2], {v: k for k, v in labels.items()})
seen = set(np.array([0.5, 0.25, 0.5]))
print(sorted(seen), 0.25 in seen, len(seen))
print({np.int64(5): 1} == {5: 1}, {np.float64(1.5)} == {1.5}, {np.int64(3)} - {3})
print(sorted({10: 'a', np.int64(3): 'b', np.float64(7.5): 'c'}.items()))
try:
    print(table[np.int64(7)])
except KeyError as e:
    print('KeyError', e)
