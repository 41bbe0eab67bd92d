# math: asinh/acosh/atanh, exp2, lcm, nextafter, ulp and the IEEE remainder (ties to even), with
# their domain errors.
import math
print(math.asinh(0.5), math.acosh(1.5), math.atanh(-0.3), math.exp2(0.5), math.exp2(-3))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.nextafter(1, 0), math.nextafter(0.0, 1), math.ulp(0.0), math.ulp(1e10), math.ulp(-1.5), math.ulp(math.inf))
print(math.remainder(5, 3), math.remainder(-5, 3), math.remainder(5.5, 2), math.remainder(4.5, 2), math.remainder(7, 2), math.remainder(-4.5, 2))
for f, a in [(math.atanh, 1), (math.acosh, 0.5)]:
    try:
        f(a)
    except ValueError as e:
        print(e)
try:
    math.remainder(1, 0)
except ValueError as e:
    print(e)
print(math.nextafter(-1.0, 0), math.nextafter(1.0, 1.0), math.ulp(5e-324))
