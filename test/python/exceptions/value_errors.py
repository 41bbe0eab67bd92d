cases = [
    lambda: int("abc"),
    lambda: int("3.5"),
    lambda: float("one"),
    lambda: [1, 2].index(5),
    lambda: [1].remove(9),
    lambda: "abc".index("z"),
    lambda: max([]),
    lambda: range(0, 5, 0),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
