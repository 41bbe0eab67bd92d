import numpy as np

def svm_loss_vectorized(W, X, y, reg):
    N = X.shape[0]
    scores = X.dot(W)
    correct = scores[range(N), y].reshape(-1, 1)
    margins = np.maximum(0, scores - correct + 1)
    margins[range(N), y] = 0
    loss = margins.sum() / N + reg * np.sum(W * W)
    binary = (margins > 0).astype(float)
    binary[range(N), y] = -binary.sum(axis=1)
    dW = X.T.dot(binary) / N + 2 * reg * W
    return loss, dW

W = np.array([[0.5, -0.25, 1.0], [0.25, 0.75, -0.5]])
X = np.array([[1.0, 2.0], [-1.0, 0.5], [2.0, -1.0], [0.0, 1.0]])
y = np.array([0, 1, 2, 1])
loss, dW = svm_loss_vectorized(W, X, y, 0.1)
print(loss)
print(dW)
print(X.dot(W))
loss0, dW0 = svm_loss_vectorized(W, X, y, 0.0)
print(loss0, dW0.shape, np.abs(dW - dW0).max())
