# abc: a class with abstract methods (plain, property, classmethod) cannot be instantiated until a
# subclass overrides them all; CPython 3.11's message names them sorted.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name} with area {self.area()}'

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

class NamedSquare(Square):
    name = 'square'

for cls, args in [(Shape, ()), (Square, (2,)), (NamedSquare, (3,))]:
    try:
        print(cls(*args).describe())
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Square.__abstractmethods__), NamedSquare.__abstractmethods__, type(Shape), isinstance(NamedSquare(1), ABC))
class Loader(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def load(cls): ...
Loader()
