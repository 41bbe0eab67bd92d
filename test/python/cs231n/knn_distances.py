import numpy as np

X_train = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0], [-2.0, 2.0]])
y_train = np.array([0, 1, 0, 1])
X_test = np.array([[1.0, 0.0], [2.5, 3.0], [-1.0, 1.5]])
num_test, num_train = X_test.shape[0], X_train.shape[0]
dists_loops = np.zeros((num_test, num_train))
for i in range(num_test):
    for j in range(num_train):
        dists_loops[i, j] = np.sqrt(np.sum((X_test[i] - X_train[j]) ** 2))
test_sq = np.sum(X_test ** 2, axis=1, keepdims=True)
train_sq = np.sum(X_train ** 2, axis=1)
dists = np.sqrt(np.maximum(test_sq + train_sq - 2 * X_test.dot(X_train.T), 0))
print(dists_loops)
print(np.allclose(dists, dists_loops), np.linalg.norm(dists - dists_loops, ord="fro") < 1e-10)
k = 3
closest = y_train[np.argsort(dists_loops, axis=1)[:, :k]]
print(closest, [np.bincount(row).argmax() for row in closest])
print(np.argsort(np.array([3.0, 1.0, 2.0])), np.argmin(dists_loops, axis=1))
