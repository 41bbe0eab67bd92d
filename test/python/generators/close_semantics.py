# generator.close(): GeneratorExit where the generator is suspended (handlers and with-exits see
# it), nothing runs in a generator that never started, and yielding again is a RuntimeError.
class Managed:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit with', exc[0].__name__ if exc[0] else None)


def watched():
    with Managed():
        try:
            yield 1
        except GeneratorExit:
            print('saw GeneratorExit')
            raise


g = watched()
next(g)
g.close()
g.close()
fresh = watched()
fresh.close()
print(list(fresh))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
