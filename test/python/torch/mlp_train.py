import torch
import torch.nn as nn
import torch.nn.functional as F
import numpy as np

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))

net = Net()
print(net)
with torch.no_grad():
    for i, p in enumerate(net.parameters()):
        p.copy_(torch.from_numpy(np.linspace(-1, 1, p.numel()).reshape(p.shape)).float() * (0.5 + i))
print([n for n, _ in net.named_parameters()])
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
y = torch.tensor([1, 0])
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
for step in range(3):
    opt.zero_grad()
    loss = F.cross_entropy(net(x), y)
    loss.backward()
    opt.step()
    print(step, loss)
print(net.fc2.bias)
adam = torch.optim.Adam(net.parameters(), lr=0.01)
for step in range(2):
    adam.zero_grad()
    loss = F.mse_loss(net(x), torch.zeros(2, 2))
    loss.backward()
    adam.step()
print(loss, net.fc2.weight)
print(F.softmax(net(x), dim=1))
