squares = {n: n * n for n in range(5)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv[16])
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({n % 4 for n in range(10)})
print(sorted({c for c in "mississippi"}))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
grid = {(i, j): i * j for i in range(2) for j in range(3) if i != j}
print(grid)
print(dict(zip("abc", range(3))))
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
