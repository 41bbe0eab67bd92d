import math

print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(True))
print(math.isqrt(10**40), math.isqrt(10**40 - 1), math.isqrt(2**53 + 1))
print(math.isqrt(12345678901234567890123456789012345678901234567890))
for x in [0.0, -0.0, 1.0, -3.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float('inf')]:
    print(x, math.frexp(x), math.modf(x))
print(math.frexp(7), math.modf(-2.0), math.modf(float('-inf')), math.modf(-0.25))
print(math.ldexp(0.5, 3), math.ldexp(3, -2), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075))
print(math.ldexp(0.75, -1074), math.ldexp(1.5, -1074), math.ldexp(-1.0, 1023), math.ldexp(0.9, 1024))
print(math.ldexp(1.0, -10**20), math.ldexp(-1.0, -10**20), math.ldexp(0.0, 10**20), math.ldexp(2.0, True))
print(math.ldexp(5e-324, 1074), math.ldexp(0.1, 7), math.ldexp(float('-inf'), 5))
print(math.dist([0, 0], [3, 4]), math.dist((1.0, 2.0, 3.0), (4.0, 6.0, 3.0)), math.dist([], []))
print(math.dist([1.5], [-2.25]), math.dist([0.1, 0.2, 0.3], [0.7, 1.1, -0.4]), math.dist([1e-320, 0], [0, 3e-320]))
print(math.dist([1e300, 2e300], [-1e300, 0.0]), math.dist([1, float('nan')], [2, 3]), math.dist([float('inf'), float('nan')], [0, 0]))
bad = [lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.isqrt("a"),
       lambda: math.ldexp(1.0, 2.5), lambda: math.ldexp(1.0, 10000), lambda: math.ldexp(1.0, 10**20),
       lambda: math.frexp("a"), lambda: math.modf("x"), lambda: math.dist([1], [1, 2]),
       lambda: math.dist(1, 2), lambda: math.dist([1, "a"], [1, 2])]
for k, f in enumerate(bad):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(k, type(e).__name__, e)
