# Ints past 2**53: true division rounds once (as CPython), gcd, float.as_integer_ratio exact for
# every float, bit_length and int()/float() of big ints.
import math
a = 2**200 + 12345
b = 3**150
print(a / b, 2**1074 / 3**600, (2**60 + 1) / 3, -(2**70) / 7, 10**400 // 10**399 / 3)
print(math.gcd(a, b), math.gcd(2**100, 2**60 * 3), math.gcd(-(2**80), 12), math.gcd())
print((0.1).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[1] == 2**1074, (-2.5).as_integer_ratio())
print(math.isqrt(2**200), (2**100).bit_length(), (-(2**100)).bit_length(), (255).bit_length(), float(2**80), int(2**70))
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError:', e)
