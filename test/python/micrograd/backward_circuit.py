from micrograd.engine import Value

x = Value(-2)
y = Value(5)
z = Value(-4)
q = x + y
f = q * z
f.backward()
print(f, q)
print(x.grad, y.grad, z.grad, q.grad, type(x.grad).__name__)
a = Value(2.0)
b = Value(-3.0)
c = Value(10.0)
e = a * b
d = e + c
g = Value(-2.0)
L = d * g
L.backward()
for name, v in [("a", a), ("b", b), ("c", c), ("e", e), ("d", d), ("g", g), ("L", L)]:
    print(name, v)
