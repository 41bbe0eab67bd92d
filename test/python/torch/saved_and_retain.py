import torch
def attempt(f):
    try:
        f()
        print('ok')
    except RuntimeError as e:
        print(str(e)[:150] if 'Hint' in str(e) else str(e))
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
z = y * y
y.add_(1)
attempt(lambda: z.sum().backward())
w = torch.ones(2, 3, dtype=torch.float64, requires_grad=True)
v = w * 1
q = v.sin()
with torch.no_grad():
    v[0] = 5
attempt(lambda: q.sum().backward())
s = x.sigmoid()
s.detach().zero_()
attempt(lambda: s.sum().backward())
e = x.exp()
e.sum().backward()
print(x.grad, e._version)
attempt(lambda: e.sum().backward())
x.grad = None
loss = (x ** 3).sum()
loss.backward(retain_graph=True)
loss.backward()
print(x.grad)
attempt(lambda: loss.backward())
r = (x + 1).sum()
r.backward()
r.backward()
print(x.grad)
m = (x * 2).sum()
g1, = torch.autograd.grad(m, x, retain_graph=True)
g2, = torch.autograd.grad(m, [x])
print(g1, g2)
attempt(lambda: torch.autograd.grad(m, x))
