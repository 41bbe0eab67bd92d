import numpy as np

a = np.int64(3)
b = np.int64(-12)
print(repr(a.numerator), repr(a.denominator), type(a.numerator).__name__, type(a.denominator).__name__)
print(repr(b.numerator), b.denominator, b.numerator * 2, a.numerator is a)
print(np.int64(0).numerator, np.int64(2**40).numerator)
for v in [np.float64(2.5), np.bool_(True)]:
    for name in ['numerator', 'denominator']:
        try:
            print(getattr(v, name))
        except AttributeError as e:
            print(type(e).__name__, e)
