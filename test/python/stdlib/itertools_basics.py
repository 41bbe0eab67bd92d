# itertools: products and combinations (hyperparameter grids), chain, accumulate, islice, groupby.
import itertools
from itertools import product, combinations, permutations, chain, accumulate, islice, groupby, count, repeat, zip_longest, cycle

for lr, reg in product([1e-3, 1e-2], [0.1, 0.5]):
    print(lr, reg)
print(list(product('ab', repeat=2)), list(product()))
print(list(combinations(range(4), 2)), list(combinations('abc', 0)), list(combinations('ab', 3)))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(itertools.combinations_with_replacement('ab', 2)))
print(list(chain([1, 2], (3,), 'xy')), list(chain.from_iterable([[1], [2, 3]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(islice(count(5, 2), 3)), list(islice('abcdefg', 1, 6, 2)), list(islice(range(10), 4)))
print([(k, list(g)) for k, g in groupby('aabbbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(repeat('x', 3)), list(zip(range(3), repeat(0))), count(3), repeat(1, 2))
print(list(zip_longest('ab', 'c', fillvalue='-')), list(islice(cycle('ab'), 5)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, '', 'a'])), list(itertools.pairwise('abcd')))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
