# backward(inputs=...): only the given tensors' .grad accumulate (leaves or not), torch.autograd.backward
# too; torch 1.13's errors for an empty list, a tensor without requires_grad and a 0-d tensor alone.
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
h = w * 3
loss = ((h).sum() + b) ** 2
loss.backward(inputs=[w], retain_graph=True)
print(w.grad, b.grad)
loss.backward(inputs=[b], retain_graph=True)
print(w.grad, b.grad)
loss.backward(inputs=[h, b], retain_graph=True)
print(w.grad, b.grad, h.grad)
torch.autograd.backward(loss, inputs=[w])
print(w.grad)
for bad in [[], [torch.tensor(1.0)]]:
    z = (w * 2).sum()
    try:
        z.backward(inputs=bad)
    except RuntimeError as e:
        print(e)
u = torch.tensor(3.0, requires_grad=True)
z = (w * 2).sum()
z.backward(inputs=[u, w])
print(u.grad, w.grad)
try:
    (w * 2).sum().backward(inputs=b)
except TypeError as e:
    print(e)
(w * w).sum().backward(inputs=w)
print(w.grad)
