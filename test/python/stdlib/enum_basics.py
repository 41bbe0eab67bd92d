# enum: members (name, value, repr, str, format), aliases, iteration, len, lookup by value and by
# name, identity comparison, auto(), members with __init__, methods and properties, unique,
# __members__, and the errors of unknown values, reassignment and extension.
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f'{self.name.lower()}={self.value}'

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.surface_gravity = 6.673e-11 * mass / (radius * radius)

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    NEXT = auto()
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, f'{Color.GREEN:>12}|', type(Color))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.RED in Color, list(reversed(Color)))
print(Color.RED == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Enum), {Color.RED: 'r'}[Color.CRIMSON], Color.BLUE.describe())
print(Color.__members__, list(Color.__members__), Step.NEXT, [s.value for s in Step], repr(Planet.EARTH), round(Planet.EARTH.surface_gravity, 2))
print(sorted(Color, key=lambda c: c.value, reverse=True), max(Color, key=lambda c: c.value), Planet((3.303e+23, 2.4397e6)))
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    unique(Color)
except ValueError as e:
    print('ValueError:', e)
class More(Color):
    PINK = 4
