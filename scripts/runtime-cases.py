"""Writes test/fixtures/runtime-cases.json: small Python programs exercising the interpreter's
runtime (scoping, classes, generators, comprehensions, exceptions, tracebacks, builtins), each
with what CPython 3.11 prints. Run: python3 scripts/runtime-cases.py (the test needs no Python)."""
import json, subprocess, sys, os, tempfile
progs = {}
def P(name, src): progs[name] = src

P("scoping/legb", '''
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def uses_builtin():
    return len([1, 2, 3])
def shadow():
    len = lambda s: 42
    return len("abc")
print(outer(), uses_builtin(), shadow(), x)
''')
P("scoping/global_nonlocal", '''
count = 0
def bump():
    global count
    count += 1
    return count
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
bump(); bump()
c = make_counter()
c(); c(5)
print(count, c(), c.__name__, c.__qualname__)
adders = [lambda y, k=k: y + k for k in range(3)]
late = [lambda y: y + k for k in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
''')
P("scoping/unbound_local", '''
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def h():
        return y
    try:
        return h()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
g()
try:
    print(undefined_name)
except NameError as e:
    print(e)
''')
P("classes/inheritance_super", '''
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak().replace("a sound", "woof")
class Puppy(Dog):
    def speak(self):
        return "yip! " + super().speak()
p = Puppy("Rex", "lab")
print(p.describe(), p.breed, isinstance(p, Animal), issubclass(Puppy, Dog))
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
''')
P("classes/properties_static_class", '''
class Temp:
    scale = 1.8
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * self.scale + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) / self.scale
    @staticmethod
    def zero():
        return Temp(0)
    @classmethod
    def boiling(cls):
        return cls(100)
t = Temp.boiling()
print(t.f, Temp.zero().f)
t.f = 212
print(t._c)
class RO:
    @property
    def p(self):
        return 1
try:
    RO().p = 2
except AttributeError as e:
    print(e)
''')
P("classes/dunders_reflected", '''
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return self + o
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __len__(self):
        return abs(self.x)
    def __getitem__(self, i):
        return self.x * 10 + i
    def __call__(self, y):
        return self.x - y
    def __iter__(self):
        return iter(range(self.x))
print(V(1) + V(2), 3 + V(4), V(2) * 3, 2 * V(5), -V(7), 1.5 + V(1))
print(sum([V(1), V(2), V(3)]), V(3) == V(3), V(3) != V(4), len(V(-4)), V(2)[3], V(9)(4))
print(sorted([V(3), V(1), V(2)]), {V(1), V(1), V(2)}, list(V(3)), 2 in V(3))
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    "s" + V(1)
except TypeError as e:
    print(e)
print(max([V(3), V(8), V(5)]), V(1) < V(2))
''')
P("generators/basics", '''
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
e = echo()
print(next(e), e.send(5), e.send(10))
def chain(*its):
    for it in its:
        yield from it
    yield from countdown(2)
print(list(chain([1, 2], "ab", range(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
def safe():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in safe():
    print(v)
''')
P("comprehensions/all", '''
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * 2 for x in xs if x % 2])
print({x % 3 for x in xs})
print({k: v for k, v in zip("abc", range(3))})
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
i = "outer"
print([i for i in range(2)], i)
print(dict((w, len(w)) for w in ["hi", "there"]))
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], list(map(lambda r: sum(r), matrix)))
print(sorted({w.lower() for w in "The the THE a".split()}))
''')
P("exceptions/try_flow", '''
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e)
        return "zero"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(f(2), f(0))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(e, type(e.__context__).__name__)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    print(e, e.code, e.args, isinstance(e, MyError))
try:
    raise KeyError
except (TypeError, KeyError) as e:
    print("tuple handler", repr(e))
def reraise():
    try:
        int("x")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(e)
''')
P("exceptions/messages", '''
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [][1],
    lambda: None[0],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: undefined_x,
    lambda: (1, 2)[5],
    lambda: {}["a"],
    lambda: int("x"),
    lambda: [].pop(),
    lambda: len(5),
    lambda: 5(),
    lambda: None.foo,
    lambda: iter(5),
    lambda: -"a",
    lambda: "a" < 1,
    lambda: max([]),
    lambda: hash([]),
    lambda: [1].index(3),
    lambda: float("x"),
    lambda: "a" * 1.5,
    lambda: 1 in 5,
    lambda: object().x,
    lambda: [1, 2, 3][1:2:0],
    lambda: int(float("nan")),
    lambda: "%d" % "a",
    lambda: "{0}".format(),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, *, k): pass
for call in [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, k=3, z=4), lambda: f(1, a=1, k=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
''')
P("tracebacks/nested", '''
def inner(d):
    return d["missing"]
def outer():
    return inner({"a": 1})
print("before")
outer()
print("after")
''')
P("tracebacks/chained", '''
try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("bad") from e
''')
P("builtins/misc", '''
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (1, "a")], key=lambda t: t[1]))
print(list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
print(min(3, 1, 2), max("abc", key=ord), sum([0.1] * 10), sum(range(5), 10))
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), divmod(7, -2), pow(2, 10), pow(3, 4, 5))
print(any([0, "", None]), all([1, "a"]), isinstance(True, int), type(1.0).__name__, int("  42 "), float("1e-5"))
print(repr("it's"), str(1e16), 1/3, 2**60, -7 // 2, -7 % 3, 7.5 // 2, 10**20)
print(list(filter(None, [0, 1, "", "x"])), list(map(str, [1, 2])), chr(65), ord("a"), hex(255), bin(5))
print(", ".join(["a", "b"]), "a-b-c".split("-", 1), "  pad ".strip(), "x".center(5, "*"), "Ab".upper())
print("{:>6.2f}|{:<4}|{:^5}|{:,}".format(3.14159, "a", "b", 1234567), f"{255:#x} {0.5:.1%} {12:05d}")
print("%s=%d (%.3f) %r" % ("n", 5, 2 / 3, "q"), "%(a)s-%(b)s" % {"a": 1, "b": 2})
d = {"b": 2, "a": 1}
d.setdefault("c", 3)
print(d, d.get("z", 0), list(d.items()), d.pop("a"), d)
s = {3, 1, 2}
s.add(5)
print(len(s), 5 in s, s & {1, 5, 9}, s - {1})
print(print("x", "y", sep="-", end="!\\n"))
''')
P("lang/unpacking_misc", '''
a, *rest = [1, 2, 3, 4]
*init, last = "abc"
(x, y), z = (1, 2), 3
print(a, rest, init, last, x, y, z)
first, second = second, first = 1, 2
print(first, second)
n = 0
while n < 10:
    n += 3
else:
    print("while-else", n)
for i in range(3):
    if i == 5:
        break
else:
    print("for-else")
lst = [1, 2, 3, 4, 5]
lst[1:3] = [9]
del lst[0]
print(lst, lst[::-1], lst[-2:], "hello"[1:4], (1, 2, 3)[::2])
if (m := len(lst)) > 2:
    print("walrus", m)
print(1 if lst else 0, [] or "empty", 0 and 1, not None)
with open_ctx() if False else __import__ if False else None or 1 as_ := 2:
    pass
''')
for k in list(progs):
    if k == "lang/unpacking_misc":
        progs[k] = progs[k].replace('''with open_ctx() if False else __import__ if False else None or 1 as_ := 2:
    pass
''', '''class Ctx:
    def __enter__(self):
        print("enter")
        return 42
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
with Ctx() as v:
    print("inside", v)
    raise ValueError("swallowed")
print("after with")
''')
out = {}
for name, src in progs.items():
    src = src.lstrip("\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.py")
        open(path, "w").write(src)
        r = subprocess.run([sys.executable, "-W", "ignore", path], capture_output=True, text=True, cwd=tmp)
    out[name] = {"source": src, "stdout": r.stdout, "exitCode": r.returncode, "stderr": r.stderr.replace(path, "prog.py")}
here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "test", "fixtures", "runtime-cases.json")
with open(target, "w") as fh:
    json.dump({"python": sys.version.split()[0], "cases": out}, fh, indent=1)
    fh.write("\n")
print(f"wrote {len(out)} cases to {os.path.relpath(target)}")
