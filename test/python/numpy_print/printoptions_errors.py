import numpy as np

def attempt(**kwargs):
    try:
        np.set_printoptions(**kwargs)
        print("ok", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt(floatmode="exact")
attempt(sign="x")
attempt(precision=1.5)
attempt(precision="3")
attempt(threshold="10")
attempt(threshold=float("nan"))
attempt(precision=True)
attempt(linewidth=80, bogus=1)
print(np.get_printoptions()["precision"])
np.set_printoptions(precision=-1)
print(np.array([1, 2]), np.array(1.5), np.array([True]))
try:
    print(np.array([1.5]))
except ValueError as e:
    print("ValueError", e)
np.set_printoptions(precision=8)
try:
    np.set_printoptions(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
except TypeError as e:
    print(e)
with np.printoptions(sign="*"):
    print("not reached")
