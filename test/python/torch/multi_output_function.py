import torch
log = print
class SinCos(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(x)
        ctx.scale = scale
        return x.sin() * scale, x.cos(), (x > 0).long()
    @staticmethod
    def backward(ctx, gs, gc, gi):
        x, = ctx.saved_tensors
        log('backward got', gs, gc, gi)
        return gs * x.cos() * ctx.scale - gc * x.sin(), None
class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        idx = x.argmax()
        ctx.mark_non_differentiable(idx)
        return x * 2, x * x, idx
    @staticmethod
    def backward(ctx, ga, gb, gidx):
        print('pair got', ga, gb, gidx)
        return ga * 2 if ga is not None else None
x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
s, c, i = SinCos.apply(x, 3.0)
print(s, c, i, s.grad_fn.name(), i.requires_grad)
(s * c).sum().backward()
print(x.grad)
x.grad = None
s, c, i = SinCos.apply(x, 1.0)
c.sum().backward()
print(x.grad)
a, b, k = Pair.apply(x)
print(a.requires_grad, b.requires_grad, k.requires_grad, k)
a.sum().backward()
print(x.grad)
log = lambda *a: None
print(torch.autograd.gradcheck(lambda t: SinCos.apply(t, 2.0)[:2], (x,)))
