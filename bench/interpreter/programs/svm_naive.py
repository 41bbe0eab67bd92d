# CS231n's svm_loss_naive: nested loops over N=200 examples, C=10 classes, D=100 features.
import random

random.seed(0)
N, D, C = 200, 100, 10
X = [[random.gauss(0, 1) for _ in range(D)] for _ in range(N)]
y = [random.randrange(C) for _ in range(N)]
W = [[random.gauss(0, 1) * 0.01 for _ in range(C)] for _ in range(D)]


def svm_loss_naive(W, X, y, reg):
    dW = [[0.0] * C for _ in range(D)]
    loss = 0.0
    for i in range(N):
        xi = X[i]
        scores = [0.0] * C
        for j in range(C):
            s = 0.0
            for d in range(D):
                s += xi[d] * W[d][j]
            scores[j] = s
        correct = scores[y[i]]
        for j in range(C):
            if j == y[i]:
                continue
            margin = scores[j] - correct + 1.0
            if margin > 0:
                loss += margin
                for d in range(D):
                    dW[d][j] += xi[d]
                    dW[d][y[i]] -= xi[d]
    loss /= N
    for d in range(D):
        for j in range(C):
            dW[d][j] /= N
            loss += 0.0
    for d in range(D):
        for j in range(C):
            loss += reg * W[d][j] * W[d][j]
            dW[d][j] += 2 * reg * W[d][j]
    return loss, dW


loss, dW = svm_loss_naive(W, X, y, 0.1)
print(f"{loss:.6f}")
