import torch
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return 3 * x * grad_output
x = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64, requires_grad=True)
y = Square.apply(x)
print(y)
y.sum().backward()
print(x.grad)
x.grad = None
z = (Square.apply(x) * torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)).sum()
g, = torch.autograd.grad(z, x)
print(g)
print(torch.autograd.gradcheck(lambda t: t.exp(), (x,)))
a = torch.ones(2, requires_grad=True)
b = a * 2; b.retain_grad()
(b ** 2).sum().backward()
print(a.grad, b.grad, b.is_leaf, a.is_leaf)
try:
    a.add_(1)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    a.add_(1)
print(a, a.requires_grad)
print(torch.tensor([[1, 2], [3, 4]]).float().mean(dim=0), torch.tensor([1.0, 2.0]).var())
t = torch.arange(12.0).view(3, 4)
print(t[1], t[:, 1:3], t[t > 5], t.T.shape, t.permute(1, 0).flatten())
print(torch.cat([t, t], dim=1).shape, torch.stack([t, t]).shape, t.unsqueeze(0).squeeze().shape)
try:
    Square.apply(torch.ones(2, requires_grad=True)).sum().backward()
    torch.autograd.gradcheck(Square.apply, (x,))
except Exception as e:
    print(type(e).__name__, str(e))
