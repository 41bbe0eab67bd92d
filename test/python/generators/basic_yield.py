def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(xs):
    for x in xs:
        print("computing", x)
        yield x * x

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g), next(g, "exhausted"))
print(list(count_up(5)), sum(count_up(101)))
lazy = squares([1, 2, 3])
print("created")
for s in lazy:
    print("got", s)
print(list(lazy))
