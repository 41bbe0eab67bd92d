rows = [("W1", (3, 4), 0.0123), ("b1", (4,), 0.5), ("W2", (4, 2), -1.25)]
header = f"{'name':<6}{'shape':<10}{'mean':>10}"
print(header)
print("-" * len(header))
for name, shape, mean in rows:
    print(f"{name:<6}{str(shape):<10}{mean:>10.4f}")
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w[::-1] for w in words))
print(sorted(words, key=len)[-3:])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
s = ""
for i in range(5):
    s += str(i)
print(s, s[::2], int(s) + 1)
print("snake_case_name".split("_"), "".join(p.title() for p in "snake_case_name".split("_")))
csv = "x,y\n1,2.5\n3,4.5"
data = [[float(v) for v in line.split(",")] for line in csv.splitlines()[1:]]
print(data, sum(r[1] for r in data))
