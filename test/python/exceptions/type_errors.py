n, none = 5, None

def f(a, b):
    return a + b

cases = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * 2.0,
    lambda: n(),
    lambda: none[0],
    lambda: len(5),
    lambda: {[1]: 2},
    lambda: sorted([1, "a"]),
    lambda: -"x",
    lambda: int(None),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
