# contextlib: contextmanager (code around the yield, exceptions thrown in at the yield, the
# RuntimeError of a generator that does not yield), suppress, nullcontext, closing, redirect_stdout.
from contextlib import closing, contextmanager, nullcontext, redirect_stdout, suppress


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    print(f'</{name}>')

with tag('a') as t:
    print('inside', t)
with tag('b'):
    {}['missing']
def never_yields():
    yield from ()
for cm in [contextmanager(never_yields)(), nullcontext(5)]:
    try:
        with cm as value:
            print('value', value)
    except RuntimeError as e:
        print('RuntimeError:', e)
with suppress(ZeroDivisionError, IndexError):
    print(1 / 0)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def close(self):
        print('closed')
with closing(Capture()), redirect_stdout(Capture()) as cap:
    print('captured', 42)
print(cap.parts)
with tag('c'):
    raise ValueError('escapes')
