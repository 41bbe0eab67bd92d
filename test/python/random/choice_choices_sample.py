import random

random.seed(3)
items = ["a", "b", "c", "d", "e"]
print([random.choice(items) for _ in range(6)], random.choice("xyz"), random.choice(range(100)))
print(random.choices(items, k=5))
print(random.choices(items, weights=[10, 1, 1, 1, 1], k=6))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=5))
print(random.sample(items, 3), random.sample(range(100), 5))
print(sorted(random.sample(items, len(items))) == items)
print(random.choices([0, 1]), random.sample([1, 2, 3], k=1))
