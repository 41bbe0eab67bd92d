it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
lines = iter(["header", "1", "2"])
header = next(lines)
print(header, [int(v) for v in lines])

class Weird:
    def __eq__(self, other):
        return NotImplemented
w = Weird()
print(w == w, w == 1, w != 1)
print(NotImplemented is NotImplemented, bool(1 .__add__(2.5) is NotImplemented))
print((1).__add__(2), (1).__add__(2.5), (2.5).__radd__(1))
print(int.__add__(3, 4), float.__mul__(2.0, 3.0))
