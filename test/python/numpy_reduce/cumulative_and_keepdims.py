import numpy as np

scores = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
shifted = scores - scores.max(axis=1, keepdims=True)
print(shifted)
e = np.exp(shifted)
probs = e / e.sum(axis=1, keepdims=True)
print(probs)
print(probs.sum(axis=1))
print(np.cumsum(np.array([1, 2, 3, 4])), np.cumsum(np.array([[1, 2], [3, 4]]), axis=0))
c = scores.mean(axis=0, keepdims=True)
print(c, c.shape, scores - c)
print(scores.max(axis=0, keepdims=True).shape, scores.argmax(axis=1).shape)
