import numpy as np

class Seeded(np.random.RandomState):
    def __init__(self, seed, scale):
        super().__init__(seed)
        self.scale = scale

    def weights(self, n, m):
        return self.scale * self.randn(n, m)

s = Seeded(3, 0.01)
print(s, isinstance(s, np.random.RandomState), s.scale)
w = s.weights(2, 3)
print(w.shape, bool((np.abs(w) < 0.1).all()))
print(s.rand(2), str(Seeded(0, 1.0)))
t = Seeded(3, 1.0)
print((t.weights(2, 3) * 0.01 == w).all())

rng = np.random.RandomState(0)
try:
    rng.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    rng.not_a_method()
except AttributeError as e:
    print("AttributeError:", e)
