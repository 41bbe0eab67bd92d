# corpus-module: imported by circ_a.py
print("circ_b: start")
import circ_a
B = "b"
print("circ_b: end, circ_a has A:", hasattr(circ_a, "A"))
