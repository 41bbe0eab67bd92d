s = {1, 2, 3}
s.add(4); s.add(2)
print(s, len(s))
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a.isdisjoint({9}), {1} < {1})
c = set(a)
c.update([7, 8]); c -= {1}
print(c, a)
print(c.pop() in {2, 3, 4, 7, 8}, len(c))
seen = set()
print([x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))])
print(sorted({"b", "a", "c"}), len({"x", "y"} | {"y"}))
