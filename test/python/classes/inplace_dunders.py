class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__")
        return Acc(self.v + other)
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __repr__(self):
        return f"Acc({self.v})"

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return NoIadd(self.v + other)
    def __repr__(self):
        return f"NoIadd({self.v})"

a = Acc(1)
b = a
a += 2
print(a, b, a is b)
c = a + 1
print(c, c is a)
n = NoIadd(1)
m = n
n += 5
print(n, m, n is m)
