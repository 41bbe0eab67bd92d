import random

random.seed(0)
g = [random.gauss(0, 1) for _ in range(6)]
print([f"{v:.8f}" for v in g])
print(f"{random.gauss(10, 0.5):.8f}", f"{random.gauss(mu=-3, sigma=2):.8f}")
random.seed(0)
print(f"{random.gauss(0, 1):.8f}", f"{random.random():.10f}")
random.seed(5)
vals = [random.gauss(0, 1) for _ in range(1000)]
print(f"{sum(vals) / len(vals):.6f}", f"{max(vals):.6f}", f"{min(vals):.6f}")
