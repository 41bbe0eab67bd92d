class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        self.n = self.start
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("iterating")
        return iter(self.items)

print(list(Countdown(3)), 2 in Countdown(4), 9 in Countdown(4))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
bag = Bag(["x", "y"])
print("y" in bag)
print(list(enumerate(bag)), dict(zip(bag, Countdown(2))))
