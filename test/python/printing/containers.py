print([1, 2.5, "s", None, True, [], {}, ()])
print((1,), (), (1, 2), ((1,),))
print({"a": 1, 2: "b", (3, 4): [5]})
print(set(), {1}, {3, 1, 2}, frozenset([2, 1]) == {1, 2})
print([0.1, 0.2 + 0.1, 1e-05, 1e16, -0.0])
print([[1, 2], [3, 4]], [[]], [[[0]]])
print({"nested": {"k": [1.5, (2, "x")]}})
print(list("abc"), tuple([1]), dict(a=1), list(range(3)), range(3), range(1, 10, 2))
print([None] * 3, [0] * 0, [[0] * 2] * 2)
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print(str([1, "a"]), repr(("a", 'b"')), len(str({1: 2})))
