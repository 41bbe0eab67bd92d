import torch
x = torch.arange(6.0, requires_grad=True)
y = x * 1
f = y.view(-1, 3)
f += 1
f[0][1] = 9
print(y, f.grad_fn.name(), y.grad_fn.name(), y._version)
y[y > 5] = 0
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
a = torch.zeros(3, 4)
a[:, 0] += torch.ones(3)
a.T[1:3, :2] = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(a, a._version)
w = torch.ones(3, requires_grad=True)
with torch.no_grad():
    v = w[0:2]
try:
    v.add_(1)
except RuntimeError as e:
    print(str(e)[:60])
n = torch.ones(2, 3, requires_grad=True)
k = n.t().reshape(6) * torch.arange(6.0)
k.sum().backward()
print(n.grad, k.grad_fn.name())
p = torch.ones(2, 2, requires_grad=True)
q = p * 2
r = q.unsqueeze(0).expand(3, 2, 2)
print(r.sum(), r.is_contiguous(), r.stride())
r.sum().backward()
print(p.grad)
s = torch.arange(4.0)
for it in s: it.mul_(10)
print(s)
print(torch.ones(2, 3)[..., None].shape, torch.ones(2, 3)[None, :, 1].stride())
z = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
zz = z.clone(); zz[0] = zz[1] * 2
zz.sum().backward()
print(z.grad)
