import circ_a
print(circ_a.from_b(), circ_a.circ_b.circ_a is circ_a)
try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, str(e)[: str(e).index(" (most")])
try:
    import circ_d
except ImportError as e:
    print(type(e).__name__, str(e)[: str(e).index(" (most")])
