import torch
x = torch.arange(12.0).view(3, 4)
row, col, t = x[1], x[:, 2], x.t()
x.add_(100)
print(row, col, t[0], x._version, row._version)
row.mul_(-1)
col[0] = 7.5
t[3, 2] = -2
print(x, x._version)
v = x.view(2, 6)
v[1].zero_()
print(x[2], t.is_contiguous(), x.is_contiguous(), t.stride(), x[:, 1:3].stride())
print(t.contiguous().is_contiguous(), t.contiguous().view(12)[:4], t.reshape(12)[:4])
try:
    t.view(12)
except RuntimeError as e:
    print(e)
print(t.unsqueeze(0).view(4, 3).shape, x.unsqueeze(1).squeeze().shape, x.flatten()[5])
e = torch.ones(3).expand(2, 3)
try:
    e.add_(1)
except RuntimeError as e2:
    print(e2)
d = x.detach()
d[0, 0] = 42
print(x[0, 0], d._version == x._version, x.data._version)
