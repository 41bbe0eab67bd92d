import numpy as np

print(np.geterr())
old = np.seterr(all='ignore')
print(old, np.geterr(), np.seterr(), np.seterr(None, 'warn'))
np.seterr(**old)
x = np.array([1.0, 0.0, -1.0])
with np.errstate(divide='ignore', invalid='ignore') as state:
    print(state, np.geterr(), 1 / x, np.log(x))
print(np.geterr())
with np.errstate(all='ignore'):
    with np.errstate(over='warn'):
        print(np.geterr())
    print(np.geterr())

@np.errstate(divide='ignore')
def safe_log(v):
    return np.log(v), np.geterr()['divide']

print(safe_log(x)[1], safe_log.__name__, np.geterr()['divide'])
es = np.errstate(under='warn')
with es:
    pass
for bad in [lambda: np.seterr(divide='foo'), lambda: np.seterr(divide=1), lambda: np.seterr(foo='ignore'), lambda: np.seterr(1, 2, 3, 4, 5, 6),
            lambda: np.errstate(foo='ignore'), lambda: np.errstate('ignore'), lambda: np.errstate(invalid='nope').__enter__(), lambda: es.__enter__()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(np.geterr())
