from micrograd.engine import Value

a = Value(2.0)
b = Value(-3.0)
print(a, b)
print(a + b, a * b, a - b, a / b)
print(a ** 2, (a * 2) ** 0.5, a ** -1, -a)
print(1 + a, 2 * a, 1 - a, 1 / a, a + 1, a * 0.5)
c = Value(3)
print(c, c + 1, c * c, c - 5, c ** 2, c / 2)
print(type(a.grad).__name__, a.grad, a.data, c._op == "", (a * b)._op, (a + b)._op, (a ** 3)._op)
d = a * b + a
print(d.data, len(d._prev), (a.relu()), Value(-1.5).relu(), Value(0.0).relu())
