# math.hypot is CPython's correctly rounded vector norm, not sqrt(x*x + y*y) (which differs in 347
# of these 2,000 pairs).
import math, random
random.seed(3)
pairs = [(random.uniform(-100, 100), random.uniform(-1, 1) * 10 ** random.randint(-3, 3)) for _ in range(2000)]
print(sum(math.hypot(x, y) for x, y in pairs), [math.hypot(x, y) for x, y in pairs[:5]])
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(float('inf'), float('nan')), math.hypot(1.5, 2.5, 3.5))
print(sum(1 for x, y in pairs if math.hypot(x, y) != math.sqrt(x * x + y * y)))
