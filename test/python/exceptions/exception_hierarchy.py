tests = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: int("x1"),
    lambda: 1 / 0,
    lambda: None + 1,
    lambda: undefined_name,
    lambda: "abc".nope,
    lambda: [].pop(),
]
for t in tests:
    try:
        t()
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__, e, isinstance(e, LookupError))
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception))
print(issubclass(ValueError, LookupError), issubclass(StopIteration, Exception))
