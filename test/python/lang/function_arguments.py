def f(a, b=2, *args, c, d=4, **kwargs):
    print(a, b, args, c, d, sorted(kwargs.items()))

f(1, c=3)
f(1, 5, 6, 7, c=8, e=9, z=0)
f(a=10, c=11, d=12)
args = (1, 2, 3)
kw = {"c": 30, "extra": True}
f(*args, **kw)

def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))

def total(*nums):
    return sum(nums)
print(total(), total(1, 2.5))

def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="w", shape=(2, 3)))

def defaults(x, y=[]):
    y.append(x)
    return y
print(defaults(1), defaults(2), defaults(3, []))
