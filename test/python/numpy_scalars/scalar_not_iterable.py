import numpy as np

for v in [np.float64(1), np.float32(2), np.int64(3), np.bool_(True)]:
    print(type(v).__name__, hasattr(v, '__iter__'), v[()])
    try:
        iter(v)
    except TypeError as e:
        print(e)
    try:
        print(1 in v)
    except TypeError as e:
        print(e)
    try:
        a, = v
    except TypeError as e:
        print(e)
    try:
        print(list(v))
    except TypeError as e:
        print(e)
print(hasattr(np.array([1.0]), '__iter__'), list(np.array([1.0, 2.0])), hasattr(1.5, '__iter__'))
