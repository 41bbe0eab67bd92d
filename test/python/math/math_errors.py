import math

for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -2.0), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, arg, "->", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
print(math.sqrt(0.0), math.log(1e-300) < -690)
print(math.log(-1))
