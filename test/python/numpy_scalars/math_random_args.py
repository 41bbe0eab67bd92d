# numpy scalars as arguments of math and random: integer arguments go through __index__, and
# random.py's formulas run on Python's operators, so numpy's types and precision carry through.
import math
import random
import numpy as np

n = np.int64(5)
print(math.factorial(n), math.comb(n, 2), math.perm(n, np.int64(2)), math.gcd(n, 15))
print(repr(math.prod([n, np.float64(0.5)])), repr(math.prod([np.int64(2), 3])), math.prod([2, 3, 4]))
print(math.fsum([np.float32(0.1)] * 10), math.sqrt(n), math.fabs(np.int64(-3)), math.pow(n, 2))
random.seed(7)
print(random.randrange(n), random.randint(0, n), random.randrange(0, np.int64(10), np.int64(2)))
print(random.sample(range(20), np.int64(3)), random.choices('abc', k=np.int64(4)))
print(repr(random.uniform(np.float64(0), n)), repr(random.uniform(0, 1)))
print(repr(random.gauss(np.float64(0), np.float32(1))), repr(random.gauss(0.0, 1.0)))
print(repr(random.normalvariate(np.float32(1), 2.0)), repr(random.normalvariate(1, np.float64(0.5))))
data = list(range(10))
random.shuffle(data)
print(data, data[np.int64(3)])
for bad in [lambda: math.factorial(np.float64(3)), lambda: random.seed([1])]:
    try:
        bad()
    except TypeError as e:
        print(repr(str(e)))
