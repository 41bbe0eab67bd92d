# hash(frozenset(...)) is CPython's frozenset_hash: independent of insertion order, built from the
# items' hashes (ints, floats, tuples, nested frozensets), so frozensets work as set/dict keys.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1, 2])
print(hash(a), hash(b), hash(a) == hash(b), a == b)
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([-1])), hash(frozenset([2**62])))
print(hash(frozenset([0.5, 1.5, -2.25])), hash(frozenset([1.0, 2])) == hash(frozenset([1, 2.0])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), frozenset([2, 3])])))
print(hash(frozenset(range(100))), hash(frozenset(range(-50, 50, 7))))
print(hash(frozenset([True, False])) == hash(frozenset([0, 1])))
groups = {frozenset([1, 2]): 'pair', frozenset([3]): 'single'}
print(groups[frozenset([2, 1])], frozenset([3]) in groups, len({a, b, frozenset([1, 2])}))
print(sorted(hash(frozenset([i, i + 1])) % 1000 for i in range(6)))
nested = {frozenset([frozenset([1, 2]), frozenset([3])]), frozenset([frozenset([3]), frozenset([2, 1])])}
print(len(nested))
