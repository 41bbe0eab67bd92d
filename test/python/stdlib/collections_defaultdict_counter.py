# collections.defaultdict and Counter as code counts things: word counts, grouping, most_common.
from collections import defaultdict, Counter

words = "the cat sat on the mat the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
print(counts['dog'], len(counts), 'dog' in counts)
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), sorted(groups))
nested = defaultdict(lambda: defaultdict(float))
nested['a']['x'] += 1.5
print(nested['a']['x'], isinstance(nested, dict), type(nested).__name__)
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(None), defaultdict(set, {'k': {1}}), counts.copy() == counts, type(counts.copy()).__name__)

c = Counter(words)
print(c)
print(c.most_common(2), c['zebra'], c.total())
c.update(['cat', 'cat'])
c.subtract({'the': 2})
print(c['cat'], c['the'], sorted(c.elements())[:4])
a, b = Counter('abracadabra'), Counter('alakazam')
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(Counter(), Counter(a=2, b=1), Counter({'x': 3}) == {'x': 3})
del c['nothing']
print(list(c.keys())[:3], sum(c.values()))
print(Counter(x=-2) - Counter(x=-5), Counter(x=1) - Counter(y=-3), Counter(x=-1) | Counter(), Counter(x=2) & Counter(x=5, y=1))
