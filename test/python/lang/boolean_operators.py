print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print(not 0, not 1, not [], not [0], not "", not None)
print([] and "x", [1] and "x", 0.0 or 1.5)
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print(True and not False, (True or False) and False)
x = 5
print(x > 3 and x < 10, x < 3 or x == 5)
print(bool(0.0), bool(-1), bool("False"), bool(()), bool({}))
