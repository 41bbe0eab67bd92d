class Point:
    dims = 2

    def __init__(self, x, y=0.0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
q = p.moved(0.5, -1)
print(p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, Point(1).y)
p.label = "origin-ish"
print(p.label, hasattr(q, "label"), getattr(q, "label", "none"))
print(type(p).__name__, isinstance(p, Point), Point.norm2(q))
Point.dims = 4
print(q.dims)
