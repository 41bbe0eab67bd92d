import torch
x = torch.arange(10.0, requires_grad=True)
y = x * 1
parts = y.split(3)
print(parts, [p.grad_fn.name() for p in parts])
a, b = torch.split(y, [4, 6])
c = y.view(2, 5).chunk(3, dim=1)
print(a, b, c, [t.shape for t in c])
rows = y.view(5, 2).unbind(1)
print(rows, torch.unbind(y.view(2, 5))[1])
loss = (parts[1] ** 2).sum() + 3 * b.sum() + (rows[0] * rows[1]).sum() + c[2].mean()
loss.backward()
print(x.grad)
try:
    parts[0].add_(1)
except RuntimeError as e:
    print(e)
z = torch.zeros(6)
for k, piece in enumerate(z.chunk(3)):
    piece.fill_(k + 1)
print(z, z.chunk(4), z.tensor_split(2) if hasattr(z, 'tensor_split') and False else z.split(4))
m = torch.arange(12.0).view(3, 4)
for r in m.unbind(1):
    r.mul_(-1)
print(m, m.T.unbind(0)[0].is_contiguous(), m.split(2, dim=1)[1].stride())
for e2 in [lambda: x.split([3, 3]), lambda: x.chunk(0), lambda: torch.tensor(1.0).unbind()]:
    try:
        e2()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
