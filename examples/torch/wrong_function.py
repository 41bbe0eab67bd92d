# A custom autograd.Function with a hand-written backward - the place where wrong gradients hide
# in real PyTorch code. SiLU (swish) is x * sigmoid(x), so its derivative is
# sigmoid(x) * (1 + x * (1 - sigmoid(x))). The backward below has a sign wrong:
# gradlens reports it on the line that computes grad_x (and torch trains on without a word).
import torch


class SiLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(x, s)
        return x * s

    @staticmethod
    def backward(ctx, grad_output):
        x, s = ctx.saved_tensors
        grad_x = grad_output * s * (1 + x * (1 + s))  # bug: should be (1 - s)
        return grad_x


torch.manual_seed(0)
w = torch.randn(4, 3, requires_grad=True)
x = torch.tensor([[0.5, -1.0, 2.0, 0.1], [1.5, -0.3, 0.7, -2.0]])
h = SiLU.apply(x @ w)
loss = (h ** 2).mean()
loss.backward()
print(loss.item(), w.grad.shape)
