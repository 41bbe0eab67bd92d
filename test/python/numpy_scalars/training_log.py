# A CS231n-style hyperparameter search log: numpy scalars as dict keys, in %-formatting, in
# f-strings, compared against Python numbers and used to index Python lists.
import numpy as np

np.random.seed(0)
X = np.random.randn(20, 3)
y = (X[:, 0] + X[:, 1] > 0).astype(int)
results = {}
best_val, best_params = -1, None
for lr in np.array([1e-2, 1e-1]):
    for reg in [np.float64(0.1), 1e-3]:
        w = np.zeros(3)
        for it in range(30):
            scores = X.dot(w)
            probs = 1 / (1 + np.exp(-scores))
            w -= lr * (X.T.dot(probs - y) / len(y) + reg * w)
        acc = np.mean((X.dot(w) > 0) == y)
        loss = -np.mean(y * np.log(probs) + (1 - y) * np.log(1 - probs))
        results[(lr, reg)] = (acc, loss)
        if acc > best_val:
            best_val, best_params = acc, (lr, reg)
for lr, reg in sorted(results):
    acc, loss = results[(lr, reg)]
    print('lr %e reg %e train accuracy: %f loss: %.6f' % (lr, reg, acc, loss))
print('best validation accuracy achieved: %f' % best_val, best_params)
print(f'{best_val:.3f} {best_val!r} {type(best_val).__name__} {best_val == 1.0}')
ranked = sorted(results.items(), key=lambda kv: kv[1][1])
print(ranked[0][0], ['first', 'second', 'third', 'fourth'][np.argmin([v[1] for v in results.values()])])
print((np.float64(0.01), 0.1) in results, {k: round(float(v[0]), 2) for k, v in results.items()})
