class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec({', '.join(repr(x) for x in self.xs)})"
    def _coerce(self, other):
        return other.xs if isinstance(other, Vec) else [other] * len(self.xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, self._coerce(other))])
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.xs, self._coerce(other))])
    def __mul__(self, other):
        return Vec(*[a * b for a, b in zip(self.xs, self._coerce(other))])
    __rmul__ = __mul__
    def __truediv__(self, other):
        return Vec(*[a / b for a, b in zip(self.xs, self._coerce(other))])
    def __rtruediv__(self, other):
        return Vec(*[other / a for a in self.xs])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.xs])
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

v = Vec(1, 2.5, -3)
w = Vec(2, 2, 2)
print(v + w, v - 1, 10 + v, 2 * v, v * w)
print(v / 2, 1 / w, v ** 2, -v, v @ w)
print(sum([v, w, w]))
