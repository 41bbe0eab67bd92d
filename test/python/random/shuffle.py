import random

random.seed(7)
xs = list(range(10))
random.shuffle(xs)
print(xs)
random.shuffle(xs)
print(xs)
data = [(i, i * i) for i in range(5)]
random.shuffle(data)
print(data)
deck = list("ABCDEFGH")
random.seed(7)
random.shuffle(deck)
print("".join(deck), sorted(deck) == list("ABCDEFGH"))
