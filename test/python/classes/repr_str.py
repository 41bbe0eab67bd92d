class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both(v={self.v!r})"
    def __str__(self):
        return f"<{self.v}>"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

b = Both("hi")
print(b)
print(str(b), repr(b))
print([b, OnlyRepr()], (b,), {"k": b})
print(f"{b} {b!r} {OnlyRepr()}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(str(OnlyRepr()))
