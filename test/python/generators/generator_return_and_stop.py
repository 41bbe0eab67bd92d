def limited():
    yield 1
    yield 2
    return "finished"

g = limited()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(limited()))

def take(it, n):
    out = []
    for i, v in enumerate(it):
        if i == n:
            break
        out.append(v)
    return out

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(naturals(), 5))
print(take((x for x in naturals() if x % 7 == 0), 4))
