import numpy as np

def softmax_loss(x, y):
    shifted = x - np.max(x, axis=1, keepdims=True)
    Z = np.sum(np.exp(shifted), axis=1, keepdims=True)
    log_probs = shifted - np.log(Z)
    probs = np.exp(log_probs)
    N = x.shape[0]
    loss = -np.sum(log_probs[np.arange(N), y]) / N
    dx = probs.copy()
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx

x = np.array([[1.0, 2.0, 0.5], [0.1, 0.1, 0.1], [-1.0, 3.0, 0.0], [2.0, -2.0, 1.0]])
y = np.array([1, 0, 2, 0])
loss, dx = softmax_loss(x, y)
print(f"loss {loss:.10f}")
print(dx)
print(np.allclose(dx.sum(axis=1), 0), f"{np.log(3):.10f}")
np.random.seed(0)
loss_random, _ = softmax_loss(0.001 * np.random.randn(50, 10), np.random.randint(10, size=50))
print(f"{loss_random:.4f}", f"{-np.log(0.1):.4f}")
