import random

random.seed(1)
print([random.uniform(-1, 1) for _ in range(4)])
print(random.uniform(5, 2), random.uniform(0.5, 0.5))
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 50, 5) for _ in range(6)])
print([random.randint(0, 2 ** 40) for _ in range(2)])
print([random.randrange(-3, 3) for _ in range(6)], random.randint(7, 7))
