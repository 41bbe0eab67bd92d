import numpy as np

np.random.seed(0)
N, D, H, C = 5, 4, 10, 3
X = 10 * np.random.randn(N, D)
y = np.array([0, 1, 2, 2, 1])
W1 = 1e-1 * np.random.randn(D, H)
b1 = np.zeros(H)
W2 = 1e-1 * np.random.randn(H, C)
b2 = np.zeros(C)
reg = 0.05
h = np.maximum(0, X.dot(W1) + b1)
scores = h.dot(W2) + b2
print(scores.shape, f"{scores[0, 0]:.8f}")
exp_scores = np.exp(scores - scores.max(axis=1, keepdims=True))
probs = exp_scores / exp_scores.sum(axis=1, keepdims=True)
loss = -np.log(probs[range(N), y]).mean() + reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
print(f"loss {loss:.8f}")
dscores = probs.copy()
dscores[range(N), y] -= 1
dscores /= N
grads = {"W2": h.T.dot(dscores) + 2 * reg * W2, "b2": dscores.sum(axis=0)}
dh = dscores.dot(W2.T)
dh[h <= 0] = 0
grads["W1"] = X.T.dot(dh) + 2 * reg * W1
grads["b1"] = dh.sum(axis=0)
for name in sorted(grads):
    print(name, grads[name].shape, f"{np.linalg.norm(grads[name]):.6f}")
