import math

print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.floor(7.9))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.ceil(2.0000001), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.trunc(-2.7), math.trunc(2.7), math.copysign(3, -0.0))
print(math.factorial(10), math.gcd(12, 18), math.pow(2, 10), math.pow(2.25, 0.5) == 1.5)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isnan(1.0))
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.fmod(-7, 3), -7 % 3)
