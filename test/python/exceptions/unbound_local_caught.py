x = 1

def f():
    print(x)
    x = 2

def g(flag):
    if flag:
        y = "set"
    return y

for fn, arg in [(f, None), (g, True), (g, False)]:
    try:
        print(fn(arg) if arg is not None else fn())
    except UnboundLocalError as e:
        print(type(e).__name__, e, isinstance(e, NameError))
