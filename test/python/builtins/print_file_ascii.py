# print(file=...) writes each piece through the file's write() and calls its flush() for
# flush=True; sys.stdout and sys.stderr are such files. ascii() and the !a conversion escape
# every non-ASCII character of the repr.
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print('a', 1, 2.5, sep='-', end='!', file=c)
print(c.parts)
try:
    print('x', file=c, flush=True)
except AttributeError as e:
    print('AttributeError:', e, c.parts[-2:])
try:
    print('x', file=3)
except AttributeError as e:
    print('AttributeError:', e)
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
n = sys.stderr.write('direct\n')
print(n, sys.stderr.flush(), file=None)
print(ascii('é'), ascii(['ü', 'a\n', '\U0001f600', '\x7f', 'ok']), ascii(3), ascii(2.5))
print('{!a}'.format('naïve'), f'{"ĉ"!a:>10}|')


class A:
    def __repr__(self):
        return 'Aé'


print(ascii(A()), ascii({'ключ': (1, 'ж')}))
