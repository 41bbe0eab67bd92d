# A linear SVM with L2 regularisation, vectorised, returning (loss, dW) - with a classic bug.
import numpy as np


def svm_loss(W, X, y, reg):
    N = X.shape[0]
    scores = X @ W
    correct = scores[np.arange(N), y][:, np.newaxis]
    margins = np.maximum(0, scores - correct + 1.0)
    margins[np.arange(N), y] = 0
    loss = np.sum(margins) / N + reg * np.sum(W * W)

    dmargins = (margins > 0).astype(float)
    dmargins[np.arange(N), y] = -np.sum(dmargins, axis=1)
    dW = X.T @ dmargins / N
    dW += reg * W  # BUG: the gradient of reg * sum(W * W) is 2 * reg * W
    return loss, dW


np.random.seed(3)
W = np.random.randn(6, 4) * 0.01
X = np.random.randn(10, 6)
y = np.random.randint(4, size=10)
loss, dW = svm_loss(W, X, y, 0.5)
print(f"loss = {loss:.6f}")
