import numpy as np

a = np.array([1, 2])
f = np.array([[1.5], [np.nan]])
print(a == None, a != None, None == a, None != a)
print(f == None, f != None, repr(np.array(3.0) == None))
print(a == 'x', a != 'x', a == {}, a == print, np.zeros(0) == None)
print(np.float64(1.0) == None, np.int64(2) != None)
mask = np.array([3.0, 0.0]) != None
print(mask.dtype, mask.all())
class Box:
    pass
print(a == Box(), a != Box())
class Loud:
    def __eq__(self, other):
        print('Loud.__eq__', repr(other))
        return other > 1
print(a == Loud())
for compare in [lambda: f < None, lambda: f < 'x', lambda: f >= Box(), lambda: None > a]:
    try:
        print(compare())
    except TypeError as e:
        print(type(e).__name__, e)
print(np.zeros(0) < None, (np.array([True]) == None).shape)
