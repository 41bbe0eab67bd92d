# A two-layer net whose loss returns (loss, grads), grads keyed like self.params.
import numpy as np


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, std=1e-1):
        self.params = {}
        self.params['W1'] = std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)

    def loss(self, X, y, reg=0.05):
        W1, b1 = self.params['W1'], self.params['b1']
        W2, b2 = self.params['W2'], self.params['b2']
        N = X.shape[0]
        h = np.maximum(0, X @ W1 + b1)
        scores = h @ W2 + b2
        shifted = scores - np.max(scores, axis=1, keepdims=True)
        probs = np.exp(shifted)
        probs /= np.sum(probs, axis=1, keepdims=True)
        loss = -np.sum(np.log(probs[np.arange(N), y])) / N
        loss += reg * (np.sum(W1 * W1) + np.sum(W2 * W2))

        grads = {}
        dscores = probs.copy()
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads['W2'] = h.T @ dscores + 2 * reg * W2
        grads['b2'] = np.sum(dscores, axis=0)
        dh = dscores @ W2.T
        dh[h <= 0] = 0
        grads['W1'] = X.T @ dh + 2 * reg * W1
        grads['b1'] = np.sum(dh, axis=0)
        return loss, grads


np.random.seed(1)
net = TwoLayerNet(4, 10, 3)
X = np.random.randn(5, 4)
y = np.array([0, 1, 2, 2, 1])
loss, grads = net.loss(X, y)
print(f"loss = {loss:.6f}")
