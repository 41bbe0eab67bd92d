from micrograd.engine import Value

a = Value(3.0)
b = a + a
b.backward()
print(a, b)
a2 = Value(-2.0)
b2 = Value(3.0)
d = a2 * b2
e = a2 + b2
f = d * e
f.backward()
print(a2, b2, d, e, f)
x = Value(1.5)
y = x * x * x
y.backward()
print(x.grad)
y.backward()
print(x.grad)
x.grad = 0
y.grad = 0
y.backward()
print(x, y)
