import numpy as np

w = np.array([1.0, 2.0, 3.0])
alias = w
cp = w.copy()
w[0] = 10
print(alias, cp)
w = w + 1
print(alias, w)
alias += 1
print(alias, w)

def scale_inplace(v, k):
    v *= k

def scale_new(v, k):
    v = v * k
    return v

p = np.ones(2)
scale_inplace(p, 3)
q = scale_new(p, 2)
print(p, q)
params = {"W": np.zeros(2)}
W = params["W"]
W += 5
print(params["W"])
params["W"] = params["W"] - 1
print(params["W"], W)
