class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"

s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s), Key(2, 1) in s, Key(3, 3) in s)
d = {Key(0, 0): "origin"}
d[Key(0, 0)] = "replaced"
d[Key(0, 1)] = "other"
print(d[Key(0, 0)], len(d), list(d.values()))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)

class IdHash:
    pass
u = IdHash()
print(len({u, u, IdHash()}), u == u, u == IdHash())
