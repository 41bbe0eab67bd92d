import numpy as np

rng = np.random.RandomState(2**32 - 1)
print(rng.randint(10, size=3))
try:
    np.random.RandomState(seed=-3)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.normal(0, -1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.choice(3, 4, replace=False)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.ranf()
except AttributeError as e:
    print("AttributeError:", e)
print(rng.rand())
np.random.RandomState(2**32)
