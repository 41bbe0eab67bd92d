import numpy as np

x = np.array([np.nan, 1.5, -np.inf, np.inf])
np.set_printoptions(nanstr="NA", infstr="Inf")
print(x)
print(repr(x))
np.set_printoptions(nanstr="not a number", infstr="infinity")
print(x)
print(np.array([np.nan, np.nan]), np.array([-np.inf]))
print(np.array([[np.nan, 1e-8], [2.0, np.inf]]))
np.set_printoptions(nanstr="?", infstr="oo", sign="+")
print(x, np.array([np.nan]))
print(np.get_printoptions()["nanstr"], np.get_printoptions()["infstr"])
print(np.float64("nan"), np.nan, float("inf"))
