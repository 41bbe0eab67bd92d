import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x.clone()
y[0] = 0
y.sum().backward()
print(x.grad, y.grad_fn.name())
x.grad = None
y = x * 1
v = y.view(2, 2)
v.mul_(torch.tensor([[2.0], [3.0]]))
print(y, v.grad_fn.name(), y.grad_fn.name(), y._version)
(y * y).sum().backward()
print(x.grad)
w, z = torch.tensor([5.0, -6.0], requires_grad=True), torch.zeros(2, 3)
z[:, 1].copy_(w)
z.t()[2].add_(w * w)
print(z, z.is_leaf, z.requires_grad, z.grad_fn.name())
(z ** 2).sum().backward()
print(w.grad)
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = a.exp()
c = b.t()
c[0, 1] = 10.0
try:
    b.sum().backward()
except RuntimeError as e:
    print(e)
m = a * 2
with torch.no_grad():
    m[1] += 100
print(m, m.grad_fn.name())
m.detach()[0, 0] = -1
(m * m).sum().backward()
print(a.grad)
for r in a.detach().clone():
    print(r.grad_fn, r.clamp_(2, 3), b.sum().item())
try:
    torch.ones(3, requires_grad=True)[0:2].add_(1)
except RuntimeError as e:
    print(e)
