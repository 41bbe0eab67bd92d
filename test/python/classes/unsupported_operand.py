class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

total = Money(100) + Money(250)
print(total.cents)
total = total + 3
print("unreachable")
