# corpus-module: imported by circular_imports.py (imports circ_b, which imports it back)
print("circ_a: start")
import circ_b
A = "a"


def from_b():
    return circ_b.B


print("circ_a: end")
