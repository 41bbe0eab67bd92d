# __class_getitem__ is a class method with or without the decorator (Box[int]), as typing's
# Generic uses it: Stack[int]() makes a Stack.
from typing import Generic, List, TypeVar

T = TypeVar('T')


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'


class Grid:
    @classmethod
    def __class_getitem__(cls, shape):
        return (cls.__name__, shape)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []


class Sub(Box):
    pass


s = Stack[int]()
print(Box[int], Sub[str], Grid[3, 4], type(s).__name__, s.items)
