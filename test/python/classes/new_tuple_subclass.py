# __new__: object.__new__ and tuple.__new__ called from a class's own __new__, tuple subclasses,
# class __name__/__qualname__ assignment, dict subclasses with __delitem__ / reversed().
import math

class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
print(object.__new__(A).__class__.__name__)
try:
    object.__new__(3)
except TypeError as e:
    print(e)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return sum(self)
t = T(3, 4)
print(t, t.total(), isinstance(t, tuple), t[::-1], t + (5,), type(t + (5,)).__name__)
class Plain(tuple):
    pass
print(Plain([1, 2]), Plain(), tuple.__new__(tuple, 'ab'))
def make():
    class _Local:
        pass
    _Local.__name__ = 'Renamed'
    _Local.__qualname__ = 'Renamed'
    return _Local
print(make(), make().__name__, type(math).__name__, type(math).__qualname__)
class D(dict):
    def __delitem__(self, k):
        print('del', k)
d = D(a=1, b=2)
del d['zz']
print(next(reversed(d)), list(reversed({'x': 1, 'y': 2})))
