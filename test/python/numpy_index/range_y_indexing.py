import numpy as np

scores = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.0, 0.0, 0.0]])
y = np.array([0, 2, 2, 1])
N = scores.shape[0]
print(scores[range(N), y], scores[np.arange(N), y], scores[list(range(N)), list(y)])
correct = scores[np.arange(N), y][:, None]
margins = np.maximum(0, scores - correct + 1.0)
margins[np.arange(N), y] = 0
print(margins)
print(margins.sum() / N)
binary = (margins > 0).astype(float)
binary[np.arange(N), y] = -binary.sum(axis=1)
print(binary)
onehot = np.zeros((N, 3))
onehot[range(N), y] = 1
print(onehot, onehot.argmax(axis=1) == y)
