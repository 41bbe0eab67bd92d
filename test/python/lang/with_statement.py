class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

with Tracker("a") as t:
    print("inside", t.name)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with Tracker("outer") as o, Tracker("inner") as i:
    print(o.name, i.name)
