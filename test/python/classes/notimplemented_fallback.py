class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return f"{self.v}m"

class Feet:
    def __radd__(self, other):
        print("Feet.__radd__ called with", other)
        return "converted"

print(Meters(1) + Meters(2.5), sum([Meters(1), Meters(2)]))
print(Meters(1) + Feet())
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != "1m")
print(NotImplemented, type(NotImplemented).__name__)
try:
    Meters(1) + 5
except TypeError as e:
    print(e)
