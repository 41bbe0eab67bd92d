from micrograd.engine import Value

a = Value(1.5)
b = Value(-2.0)
c = a * b
d = c + a
e = d * d
topo = []
visited = set()
def build(v):
    if v not in visited:
        visited.add(v)
        for child in v._prev:
            build(child)
        topo.append(v)
build(e)
print(len(topo), topo[-1] is e, topo.index(c) < topo.index(d))
e.grad = 1
for v in reversed(topo):
    v._backward()
print(a.grad, b.grad, c.grad, d.grad, e)
vals = [Value(0.5), Value(0.25), Value(-1.0)]
total = sum(vals)
total.backward()
print(total, [v.grad for v in vals])
