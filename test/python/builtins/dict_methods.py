d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("e", []), d)
print(d.pop("e"), d.pop("zz", "default"), d)
d.update({"a": 10, "f": 6})
d.update(g=7)
print(d, len(d))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(d.keys(), d.values(), d.items())
d2 = dict.fromkeys(["x", "y"], 0)
print(d2, "x" in d2, d2 == {"y": 0, "x": 0})
print({**d2, "x": 5}, d2 | {"z": 1})
d2.clear(); print(d2)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
grads = {"W": 0.5, "b": -0.1}
print({k: v * 2 for k, v in grads.items()}, sorted(grads, key=grads.get))
print(d.popitem(), d.copy() == d, d.copy() is d)
