import random

random.seed(99)
pos = 0
history = []
for step in range(20):
    pos += random.choice([-1, 1])
    history.append(pos)
print(history)
print(max(history), min(history), history.count(0))
hits = sum(1 for _ in range(1000) if random.random() < 0.25)
print(hits)
x = 0.0
for _ in range(5):
    x += random.uniform(-0.5, 0.5)
print(x)
