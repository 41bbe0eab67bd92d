from micrograd.engine import Value

x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
n = x1 * w1 + x2 * w2 + b
o = n.tanh()
o.backward()
print(f"{n.data:.10f} {o.data:.10f}")
for name, v in [("x1", x1), ("w1", w1), ("x2", x2), ("w2", w2), ("b", b)]:
    print(name, f"{v.grad:.6f}")
x1b, w1b = Value(2.0), Value(-3.0)
bb = Value(6.8813735870195432)
nb = x1b * w1b + bb
e = (2 * nb).exp()
ob = (e - 1) / (e + 1)
ob.backward()
print(f"{ob.data:.10f} {x1b.grad:.6f} {w1b.grad:.6f} {bb.grad:.6f}")
print(f"{Value(1.0).exp().data:.12f}", Value(0.0).tanh().data, Value(0).exp())
