import random

random.seed(2024)
out = []
for i in range(6):
    if i % 3 == 0:
        out.append(random.random())
    elif i % 3 == 1:
        out.append(random.randint(0, 100))
    else:
        out.append(random.choice(["x", "y", "z"]))
print(out)
w = [random.uniform(-1, 1) for _ in range(3)]
print(w)
print(random.randrange(1000), random.sample(range(20), 4), random.random())
