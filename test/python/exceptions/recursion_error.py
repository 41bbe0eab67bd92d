def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)

def fact(n):
    return n * fact(n - 1) if n > 1 else 1
print(fact(15), fact(17) > 10 ** 14)
