# functools: reduce, partial, lru_cache / cache (a memoised recursion and its cache_info).
import functools
import operator
from functools import reduce, partial, lru_cache

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [2.0, 3.0], 0.5), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)('101'), partial(partial(max, 1), 5)(3))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

@functools.cache
def square(x):
    return x * x

print(square(3), square(3), square.cache_info().hits)


class Layer:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def scaled(self, x):
        return x * self.k


layer = Layer(3)
print(layer.scaled(2), layer.scaled(2), Layer.scaled.cache_info())
