import numpy as np

probs = np.array([[0.2, 0.8], [0.6, 0.4]])
y = np.array([1, 2])
print(probs[0, y[0]])
loss = -np.log(probs[np.arange(2), y]).mean()
print(loss)
