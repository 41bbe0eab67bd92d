class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    @property
    def diameter(self):
        return 2 * self._r

c = Circle(1.5)
print(c.radius, c.diameter)
c.radius = 4
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
print(c.diameter)
