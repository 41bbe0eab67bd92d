# CS231n's spiral data and softmax classifier (cs231n.github.io/neural-networks-case-study),
# with its uint8 labels indexing the scores.
import numpy as np
np.random.seed(0)
N, D, K = 30, 2, 3
X = np.zeros((N*K, D))
y = np.zeros(N*K, dtype='uint8')
for j in range(K):
  ix = range(N*j, N*(j+1))
  r = np.linspace(0.0, 1, N)
  t = np.linspace(j*4, (j+1)*4, N) + np.random.randn(N)*0.2
  X[ix] = np.c_[r*np.sin(t), r*np.cos(t)]
  y[ix] = j
print(y[::10], y.dtype, repr(y[:3]), np.bincount(y), repr(y.sum()))
W = 0.01 * np.random.randn(D, K)
b = np.zeros((1, K))
step_size, reg = 1e-0, 1e-3
num_examples = X.shape[0]
for i in range(40):
  scores = np.dot(X, W) + b
  exp_scores = np.exp(scores)
  probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
  correct_logprobs = -np.log(probs[range(num_examples), y])
  loss = np.sum(correct_logprobs)/num_examples + 0.5*reg*np.sum(W*W)
  if i % 10 == 0:
    print("iteration %d: loss %f" % (i, loss))
  dscores = probs
  dscores[range(num_examples), y] -= 1
  dscores /= num_examples
  dW = np.dot(X.T, dscores)
  db = np.sum(dscores, axis=0, keepdims=True)
  dW += reg*W
  W += -step_size * dW
  b += -step_size * db
predicted_class = np.argmax(np.dot(X, W) + b, axis=1)
print('training accuracy: %.2f' % (np.mean(predicted_class == y)))
