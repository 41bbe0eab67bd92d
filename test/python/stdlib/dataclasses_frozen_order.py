# dataclasses: frozen (hashable, assignment raises FrozenInstanceError), order=True (sorting by
# fields), __post_init__, inheritance of fields, ClassVar left out of the fields.
from dataclasses import dataclass, fields, FrozenInstanceError
from typing import ClassVar


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0


p = Point(1.0, 2.0)
try:
    p.x = 5.0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
print(hash(p) == hash(Point(1.0, 2.0)), {p: 'a'}[Point(1.0, 2.0)], Point)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    count: ClassVar[int] = 0
print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), [f.name for f in fields(Version)])


@dataclass
class Layer:
    n_in: int
    n_out: int

    def __post_init__(self):
        self.n_params = self.n_in * self.n_out + self.n_out


@dataclass
class Conv(Layer):
    kernel: int = 3
print(Layer(3, 4).n_params, Conv(2, 8), Conv(2, 8, 5).n_params, [f.name for f in fields(Conv)])
