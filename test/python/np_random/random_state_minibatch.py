import numpy as np

# CS231n-style: a private stream for data, weights and minibatches
rng = np.random.RandomState(231)
N, D, C = 20, 4, 3
X = rng.randn(N, D)
y = rng.randint(C, size=N)
W = 0.001 * rng.randn(D, C)
for it in range(3):
    idx = rng.choice(N, 5, replace=True)
    Xb, yb = X[idx], y[idx]
    scores = Xb.dot(W)
    scores -= scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(5), yb]).mean()
    dscores = probs.copy()
    dscores[np.arange(5), yb] -= 1
    W -= 1e-1 * Xb.T.dot(dscores / 5)
    print(it, idx, yb, f"{loss:.6f}")
print(y)
