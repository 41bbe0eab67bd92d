# namedtuple: fields by name and index, unpacking, _make/_replace/_asdict, defaults, errors.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1.5, y=-2)
print(p, p.x, p[1], p == (1.5, -2), len(p), isinstance(p, tuple))
x, y = p
print(x + y, Point._fields, type(p).__name__, Point)
print(Point._make([3, 4]), p._replace(x=0), p._asdict())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Batch = namedtuple('Batch', ['inputs', 'labels', 'weight'], defaults=[1.0])
b = Batch([1, 2], [0, 1])
print(b, b.weight, Batch._field_defaults, Batch.__doc__)
print({p: 'origin'}[Point(1.5, -2)], hash(p) == hash((1.5, -2)), p * 2, p[::-1])
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
for bad in ['1a b', 'a def', 'a _b', 'a a']:
    try:
        namedtuple('R', bad)
    except ValueError as e:
        print('ValueError', e)
print(namedtuple('R', 'a def _c a', rename=True)._fields)
try:
    namedtuple("Triple", "a b c", defaults=[0])(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    p.z
except AttributeError as e:
    print('AttributeError', e)
