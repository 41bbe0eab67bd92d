class ShapeError(Exception):
    pass

class GradientError(ValueError):
    def __init__(self, name, err):
        super().__init__(f"gradient of {name} is off by {err}")
        self.name = name
        self.err = err

def check(name, err):
    if err > 1e-6:
        raise GradientError(name, err)
    return "ok"

print(check("W1", 1e-9))
try:
    check("b2", 0.5)
except ValueError as e:
    print(type(e).__name__, e, e.name, e.err, e.args)
try:
    raise ShapeError("bad", (2, 3))
except ShapeError as e:
    print(e, e.args, repr(e))
e = KeyError("missing")
print(str(e), repr(e), repr(ValueError("v")), str(ValueError()))
print(str(RuntimeError("a", 1)))
