def f(v):
    print("eval", v)
    return v

x = 0.5
print(0 < x < 1, 0 < x < 0.25, 1 < x < 0)
print(1 < 2 < 3 < 4, 1 < 2 > 1.5, 1 == 1.0 != 2)
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
print(1 < 2 == 2, "a" < "b" <= "b", [1, 2] < [1, 3], (1, 2, 3) > (1, 2))
print(None is None, x is not None, 1 != 1.0)
print(2 <= 2.0, 2 >= 3, -0.0 == 0.0)
