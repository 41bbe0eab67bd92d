# An AttributeError raised by a class's __getattr__ reaches the caller with its own message
# (attribute reads, method calls, getattr without a default); hasattr and getattr with a
# default still read it as a missing attribute.
class Params:
    def __init__(self):
        self.known = {'lr': 0.1}

    def __getattr__(self, name):
        if name in self.known:
            return self.known[name]
        raise AttributeError(f"no param {name}")


p = Params()
print(p.lr)
for attempt in [lambda: p.z, lambda: p.step(), lambda: getattr(p, 'momentum')]:
    try:
        attempt()
    except AttributeError as e:
        print('AttributeError:', e)
print(hasattr(p, 'z'), getattr(p, 'z', 'default'), hasattr(p, 'lr'))


class Quiet:
    def __getattr__(self, name):
        raise AttributeError


try:
    Quiet().x
except AttributeError as e:
    print(repr(e), e.args)
p.missing
