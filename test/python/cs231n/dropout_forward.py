import numpy as np

def dropout_forward(x, p, mode, seed=None):
    if seed is not None:
        np.random.seed(seed)
    mask = None
    if mode == "train":
        mask = (np.random.rand(*x.shape) < p) / p
        out = x * mask
    elif mode == "test":
        out = x
    return out, mask

x = np.arange(1.0, 13.0).reshape(3, 4)
out, mask = dropout_forward(x, 0.5, "train", seed=123)
print(mask)
print(out)
out_test, m2 = dropout_forward(x, 0.5, "test")
print(out_test is x, m2)
for p in [0.25, 0.4, 0.7]:
    o, _ = dropout_forward(np.ones((50, 50)), p, "train", seed=0)
    print(p, (o == 0).mean(), o.mean())
