import numpy as np

def first(seed):
    return np.random.RandomState(seed).randint(0, 1000, 3).tolist()

# an int, or an array-like of ints (init_by_array); an array squeezing to one int is that int
print(first(5), first([5]), first(np.array([5])), first(np.array(5)))
print(first([1, 2, 3]), first((1, 2, 3)), first(np.array([[1, 2, 3]])), first(range(1, 4)))
print(first([True, False]), first([np.int64(3)]), first(2**32 - 1), first([0, 2**32 - 1]))

rng = np.random.RandomState(0)
for seed in [-1, 2**32, 2**64, 1.5, 3.0, np.float64(2.0), 'abc', [], (), [[1]], [1, -1], [2**32],
             [1.5], [1, 2.0], np.array([1.0]), np.array([[1.0, 2.0]]), ['a', 'bc'], [None], {1: 2},
             [2**63], [-2**70]]:
    try:
        rng.seed(seed)
        print('seeded', seed)
    except (TypeError, ValueError) as e:
        print(repr(seed), type(e).__name__, e)
print(rng.rand(2))
