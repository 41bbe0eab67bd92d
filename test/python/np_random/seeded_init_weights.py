import numpy as np

np.random.seed(231)
D, H, C = 4, 5, 3
W1 = 0.01 * np.random.randn(D, H)
b1 = np.zeros(H)
W2 = 0.01 * np.random.randn(H, C)
print(W1.shape, b1.shape, W2.shape)
print(np.round(W1, 6))
print(f"{W2.sum():.8f} {np.abs(W2).max():.8f}")
X = np.random.randn(2, D)
y = np.random.randint(C, size=2)
print(y, X.shape)
mask = np.random.rand(2, H) < 0.5
print(mask)
