a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
p, *q = (9,)
print(p, q)
[m, n] = [5.5, 6.5]
print(m + n)
for i, (k, v) in enumerate({"w": 1, "b": 2}.items()):
    print(i, k, v)
t = 1, 2, 3
print(t, type(t).__name__)
u, v, w = "xyz"
print(w, v, u)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *[7, 8]]
print(merged, {**{"a": 1}, "b": 2})
