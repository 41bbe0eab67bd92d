# Argument errors name the callee as CPython does: module.qualname() for Python functions and
# methods, the bare name for builtins.
def f(*a):
    return a
for src in ['f(*3)', 'print(*3)', 'len(*3)', 'f(**3)', 'dict(**3)']:
    try:
        if src == 'f(*3)': f(*3)
        elif src == 'print(*3)': print(*3)
        elif src == 'len(*3)': len(*3)
        elif src == 'f(**3)': f(**3)
        else: dict(**3)
    except TypeError as e:
        print(e)
class C:
    def m(self, *a, **k):
        return a
try:
    C().m(*5)
except TypeError as e:
    print(e)
def g(**k):
    return k
try:
    g(a=1, **{'a': 2})
except TypeError as e:
    print(e)
