import torch
import numpy as np
a = np.arange(6.0)
ta = torch.from_numpy(a)
ta[1:3] += 10
a[5] = -1
print(a, ta, ta.dtype)
n = ta.numpy()
n[0] = 99
print(ta[0], a[0])
b = torch.zeros(4)
bn = b.numpy()
b.add_(3)
bn[2] = 5
print(b, bn)
s = torch.arange(10.0)
s[::3] = -1
print(s, s[2:8:2], s.narrow(0, 1, 3), s.select(0, -1))
try:
    s[::-1]
except ValueError as e3:
    print(e3)
c = np.arange(8.0).reshape(2, 4)
tc = torch.from_numpy(c[:, 1:3])
tc.mul_(10)
print(c, tc.is_contiguous(), tc.stride())
try:
    torch.from_numpy(c[:, ::-1])
except ValueError as e4:
    print(e4)
