print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
words = ["alpha", "beta", "gamma"]
print([w.upper()[:2] for w in words if "a" in w[1:]])
x = "outer"
print([x for x in "ab"], x)
print([[0.0] * 2 for _ in range(2)])
print([sum(r) / len(r) for r in matrix])
