print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isupper, "aBcD")))
data = [5, -3, 2.5, -1, 0]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), data)
print(sorted("banana"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), tuple(reversed((1, 2))))
data.sort(key=lambda v: -v)
print(data)
m = map(int, ["1", "2"])
print(next(m), list(m), list(m))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
