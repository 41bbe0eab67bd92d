def safe_div(a, b):
    assert b != 0, "b must be nonzero"
    return a / b

print(safe_div(6, 3))
try:
    safe_div(1, 0)
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("empty message:", repr(str(e)), type(e).__name__)
assert [1], "non-empty list is true"
print("done")
