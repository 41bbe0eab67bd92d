import random
import numpy as np

for seed in [2.5, -2.5, 1.0, -1.0, 0.1, 1e300, 3.0, float('inf'), -0.0, np.float64(2.5)]:
    random.seed(seed)
    a = random.random()
    b = random.randint(0, 10**6)
    print(seed, a, b)
random.seed(3.0)
x = random.random()
random.seed(3)
print(x == random.random())
for bad in [np.int64(3), [1.5], (1.5,)]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
