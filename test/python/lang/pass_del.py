def todo():
    pass

class Empty:
    pass

print(todo(), type(Empty()).__name__)
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
print(xs)
del xs[1:3]
print(xs)
del xs[-1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
v = 5
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
