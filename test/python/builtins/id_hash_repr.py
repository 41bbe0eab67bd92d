a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 40), hash(-7), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(-0.0), hash(2.0), hash(1.5) == hash(1.5), hash(0.5) == hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash((1,)) == hash((1,)))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print(e)
print(repr(1), repr(1.0), repr("a"), repr([1, "a"]), repr(None), repr(True), repr(range(3)))
print(repr({"a": 0.1}), repr((1,)), repr(set()), repr(print) == str(print))
