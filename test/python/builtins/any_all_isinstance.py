print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(4)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance("s", (int, str)), isinstance([], list), isinstance((), list), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(3, (float, bool)), isinstance(set(), set))
print(type(1) is int, type(True) is bool, type(1.5), type("x"), type([]), type(None), type(len))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), type(B()) is A, type(B()).__name__)
print(type(A), type(type))
print(callable(len), callable(A), callable(3), callable(lambda: 0))
