# OrderedDict: move_to_end, popitem from either end, order-sensitive equality, errors.
from collections import OrderedDict, deque

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od.items()))
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, dict(x) == dict(y), x == {'b': 2, 'a': 1}, OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
