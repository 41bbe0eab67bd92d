params = {"W1": [0.1, 0.2], "b1": [0.0]}
grads = {}
for k in params:
    grads[k] = [0.0 for _ in params[k]]
print(sorted(grads))
print(grads["W2"])
