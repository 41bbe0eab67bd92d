# Powers as programs write them: Adam's bias correction, decays, roots, norms, inverse powers.
import math
import numpy as np

beta1, beta2 = 0.9, 0.999
print([beta1 ** t for t in range(1, 9)])
print([1 - beta2 ** t for t in (1, 10, 100, 1000)])
print([0.95 ** k for k in (3, 7, 50)], 2 ** -3, 10 ** -4, 3 ** -5)
xs = [0.1 * i + 0.05 for i in range(12)]
print([x ** 1.5 for x in xs])
print([x ** (1 / 3) for x in xs])
print([x ** -0.5 for x in xs], [x ** 0.5 for x in xs[:3]])
print(sum(x ** 3 for x in xs), sum(x ** 2.2 for x in xs), math.pow(7.0, 1 / 3))
a = np.linspace(0.5, 3.0, 7)
print(a ** 3, a ** 1.7, np.power(a, -1.5))
print((a + 1e-5) ** -0.5, np.sum(a ** 4))
print((-2.0) ** 3, (-1.5) ** 4, 0.0 ** 2.5, 1.0000001 ** 1e6)
print(pow(1.1, 100), pow(0.5, 1074) > 0, 1e300 ** 1.02)
