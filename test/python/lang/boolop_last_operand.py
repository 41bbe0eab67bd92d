# `and` / `or` return an operand; the last one is returned as it is, never truth-tested.
import numpy as np


class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("bool of", self.name)
        return self.truth

    def __repr__(self):
        return self.name


def init(w=None):
    w = w or np.ones(2)
    return w


print(init(), init([7]))
print(True and np.zeros(2), None or np.arange(3))
print(0 or Loud("a", False))
print(Loud("b", True) and Loud("c", False))
print(Loud("d", False) or Loud("e", True) or Loud("f", True))
x = Loud("g", True) and Loud("h", False) and Loud("i", True)
print(x)
if Loud("j", True) and Loud("k", False):
    print("yes")
else:
    print("no")
print([] or {} or "" or 0, 1 and 2 and 3)
print(not (Loud("l", False) or Loud("m", False)))
