# A small PyTorch MLP learning XOR-like labels: a few steps of Adam on a cross-entropy loss.
# gradlens runs it on its own engine: hover a tensor for its value, shape, dtype and gradient.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0],
                  [0.2, 0.1], [0.1, 0.9], [0.8, 0.2], [0.9, 0.8]])
y = torch.tensor([0, 1, 1, 0, 0, 1, 1, 0])

model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)

for step in range(30):
    logits = model(X)
    loss = F.cross_entropy(logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 10 == 0:
        print(f"step {step}: loss {loss.item():.4f}")

logits = model(X)
loss = F.cross_entropy(logits, y)
loss.backward()
accuracy = (logits.argmax(dim=1) == y).float().mean()
print(f"final loss {loss.item():.4f}, accuracy {accuracy.item():.2f}")
