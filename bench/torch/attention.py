# bench/torch: forward + backward of a small self-attention block (batch 4, 16 tokens, width 32,
# 4 heads, pre-LayerNorm, MLP), 10 Adam steps on an MSE loss.
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, 4 * d)
        self.fc2 = nn.Linear(4 * d, d)

    def forward(self, x):
        B, T, D = x.shape
        h = self.heads
        qkv = self.qkv(self.ln1(x))
        q, k, v = qkv[:, :, :D], qkv[:, :, D:2 * D], qkv[:, :, 2 * D:]
        q = q.view(B, T, h, D // h).transpose(1, 2)
        k = k.view(B, T, h, D // h).transpose(1, 2)
        v = v.view(B, T, h, D // h).transpose(1, 2)
        att = F.softmax(q @ k.transpose(-2, -1) / math.sqrt(D // h), dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, D)
        x = x + self.proj(y)
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


torch.manual_seed(0)
x = torch.randn(4, 16, 32)
target = torch.randn(4, 16, 32)
block = Block(32, 4)
opt = torch.optim.Adam(block.parameters(), lr=1e-3)
for step in range(10):
    loss = F.mse_loss(block(x), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(round(loss.item(), 2) >= 0)
