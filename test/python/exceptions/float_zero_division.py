ops = {
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "divmod": lambda a, b: divmod(a, b),
}
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    for name, op in ops.items():
        try:
            print(op(a, b))
        except ZeroDivisionError as e:
            print(name, type(a).__name__, type(b).__name__, "->", e)
x = 2.5
print(x / 0.0)
