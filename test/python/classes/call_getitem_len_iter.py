class Poly:
    def __init__(self, coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __getitem__(self, i):
        return self.coeffs[i]
    def __setitem__(self, i, v):
        self.coeffs[i] = v
    def __len__(self):
        return len(self.coeffs)
    def __iter__(self):
        return iter(self.coeffs)

p = Poly([1, 0, 2])
print(p(3), p(0.5), len(p), p[2], p[-1], p[0:2])
p[1] = -1
print(list(p), p(2), 0 in p, -1 in p)
print([c * 2 for c in p], sum(p), max(p), sorted(p))
a, b, c = p
print(a, b, c, bool(p), bool(Poly([])))
