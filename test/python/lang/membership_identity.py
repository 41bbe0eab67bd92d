xs = [1, 2.0, "three", (4, 5)]
print(2 in xs, 2.0 in xs, "three" in xs, (4, 5) in xs, 4 in xs, 7 not in xs)
print("ell" in "hello", "z" not in "hello", "" in "abc")
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, 2 in d.values(), ("b", 2) in d.items())
print(3 in {1, 2, 3}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
b.append(3)
print(a, c)
