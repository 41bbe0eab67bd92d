import torch
calls = []
class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        calls.append('f')
        ctx.save_for_backward(x, y)
        return x * y, x.exp()
    @staticmethod
    def backward(ctx, ga, gb):
        x, y = ctx.saved_tensors
        calls.append('b' + str(int(ga.abs().sum().item())) + str(int(gb.abs().sum().item())))
        return ga * y + gb * x.exp(), ga * x
class Leaky(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return g * 2 + 1
x = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor([2.0, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Pair.apply, (x, y)))
print(' '.join(calls))
calls.clear()
print(torch.autograd.gradcheck(lambda a: Pair.apply(a, y)[1] * 2, (x,), eps=1e-4))
print(' '.join(calls), len(calls))
try:
    torch.autograd.gradcheck(Leaky.apply, (x,))
except Exception as e:
    print(type(e).__name__, e)
print(torch.autograd.gradcheck(Leaky.apply, (x,), raise_exception=False))
def wrong(t):
    calls.append('w')
    return t.sin() * 2
calls.clear()
print(torch.autograd.gradcheck(wrong, (torch.tensor([0.1], dtype=torch.float64, requires_grad=True),)), calls)
