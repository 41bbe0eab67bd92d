def running_mean():
    total = 0.0
    n = 0
    while True:
        x = yield (total / n if n else None)
        total += x
        n += 1

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for v in gen_with_finally():
    print("value", v)

def windows(xs, k):
    for i in range(len(xs) - k + 1):
        yield tuple(xs[i:i + k])
print(list(windows([1, 2, 3, 4, 5], 3)))
print([sum(w) / 3 for w in windows([3, 6, 9, 12], 3)])
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
