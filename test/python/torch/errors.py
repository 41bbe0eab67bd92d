import torch
import torch.nn.functional as F

cases = [
    lambda: torch.randn(3, 4) @ torch.randn(3, 2),
    lambda: torch.ones(3) + torch.ones(4),
    lambda: torch.ones(3, 4).view(5),
    lambda: torch.ones(3, 4).t().view(12),
    lambda: torch.ones(3, 4).sum(2),
    lambda: torch.ones(3, 4)[3],
    lambda: torch.ones(3, 4)[0, 0, 0],
    lambda: torch.cat([torch.ones(3, 4), torch.ones(2, 3)]),
    lambda: torch.stack([torch.ones(3, 4), torch.ones(2, 3)]),
    lambda: torch.tensor([[1, 2], [3]]),
    lambda: torch.arange(3).mean(),
    lambda: torch.ones(3, requires_grad=True).add_(1),
    lambda: torch.ones(3).sum().backward(),
    lambda: torch.ones(3, requires_grad=True).exp().backward(),
    lambda: torch.ones(3, requires_grad=True).numpy(),
    lambda: torch.ones(3).item(),
    lambda: torch.ones(3).reshape(4, -1),
    lambda: torch.ones(3).view(-1, -1),
    lambda: F.cross_entropy(torch.ones(3, 4), torch.tensor([0, 1, 4])),
    lambda: torch.ones(3)[torch.tensor([1.0])],
    lambda: bool(torch.ones(2)),
    lambda: torch.ones(2, 3).unsqueeze(3),
]
for f in cases:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split('\n')[0])
