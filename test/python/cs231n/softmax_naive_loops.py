import numpy as np

def softmax_loss_naive(W, X, y, reg):
    loss = 0.0
    dW = np.zeros_like(W)
    num_train, num_classes = X.shape[0], W.shape[1]
    for i in range(num_train):
        scores = X[i].dot(W)
        scores -= np.max(scores)
        p = np.exp(scores) / np.sum(np.exp(scores))
        loss += -np.log(p[y[i]])
        for j in range(num_classes):
            dW[:, j] += (p[j] - (j == y[i])) * X[i]
    loss = loss / num_train + reg * np.sum(W * W)
    dW = dW / num_train + 2 * reg * W
    return loss, dW

W = np.array([[0.2, -0.5, 0.1], [1.5, 1.3, 2.1], [0.0, 0.25, 0.2]])
X = np.array([[1.0, 0.5, -1.0], [-0.5, 1.0, 2.0]])
y = np.array([2, 0])
loss, dW = softmax_loss_naive(W, X, y, 0.0)
print(f"{loss:.10f}")
print(dW)
loss_r, dW_r = softmax_loss_naive(W, X, y, 0.5)
print(f"{loss_r - loss:.10f} {0.5 * np.sum(W * W):.10f}", np.allclose(dW_r - dW, W))
