"""Writes test/fixtures/set-order-cases.json: programs that build, change and combine sets of ints,
floats, bools and tuples, printing them after every step, each with what CPython 3.11 prints.
A set prints in its hash table's slot order, so these pin down gradlens's model of CPython's
set table (src/python/runtime/set-table.ts): displays, set(), add/discard/remove/pop (dummy
slots), resizes, copy, the operators, the methods and their in-place forms.
Run: python3 scripts/set-order-cases.py [count] (the test needs no Python)."""
import json, os, random, subprocess, sys, tempfile

assert sys.version_info[:2] == (3, 11), 'the fixture must come from CPython 3.11'

HAND = {
    'display_collisions': '''
print({1, 9, 17}, {17, 9, 1}, {33, 1, 65, 9, 17, 25})
print({100, 8, 16, 0, 7}, {-1, -2, 5, 3}, {2**61 - 1, 2**61, -2**61, 2**64 + 3})
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, {(1, 2), (0, 1), (2, 1)}, {0.5, 1.5, 2.0, 8})
def f():
    return {25, 17, 9, 1}
print({1, 9, 17, 25}, f())
a = [40, 8]
r = range(20, 0, -3)
print({*a, 1, 2}, {1, 2, *a}, {1, *a, 2}, {*r}, {*r, *a}, {*a, *r})
''',
    'removal_reuses_dummies': '''
s = set(range(0, 80, 8))
s.discard(16); s.remove(40)
print(s)
s.add(88); s.add(3)
print(s)
while s:
    print(s.pop(), end=' ')
print()
s = {5, 13, 21, 29}
print(s.pop(), s)
s.add(37)
print(s.pop(), s.pop(), s)
''',
    'growth_and_shrink': '''
s = set()
for i in range(0, 400, 7):
    s.add(i * 13 % 101)
print(s)
s -= set(range(50))
print(s)
s.difference_update(range(60, 80))
print(s)
t = set(s)
t.clear()
t.update([9, 1, 17])
print(t, len(s))
''',
    'operators': '''
a = {1, 2, 3, 33, 65}
b = {65, 4, 12, 20, 1}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([97, 8], (16,)), a.intersection([65, 1, 2]), a.difference([2], [3]))
print(a.symmetric_difference(range(0, 70, 16)), a.copy(), frozenset(b), set(dict.fromkeys([9, 1, 17])))
c = set(a); c |= {7, 15, 23}; print(c)
c &= {15, 1, 33, 7, 100}; print(c)
c ^= {1, 2, 40}; print(c)
c -= {2}; print(c)
c.intersection_update(range(0, 50, 3), {33, 15, 40, 3}); print(c)
c.symmetric_difference_update([8, 16, 24, 33]); print(c)
''',
    'hashes': '''
print({frozenset({1, 2}), frozenset(), frozenset({3}), frozenset({(1, 2), 0.5}), frozenset({frozenset({9})})})
print({(1, (2, 3)), (), (0,), ((),), (-1,), (-2,), (1, 2.5), (True, None is None)})
print({-1, -2, 2**61 - 2, 2**61 - 1, 2**62, -2**63, 2**100, -2**100 + 1, 10**30})
print({0.1, 0.25, 1e300, -1e-300, 3.5, float('inf'), -float('inf'), 7.0, 2.0**70})
print({x / 8 for x in range(-9, 40, 3)}, {x * 1.0 for x in range(12)})
''',
    'set_algorithms': '''
a = set(range(0, 90, 9)); b = {0, 18, 36, 8, 16, 24, 32, 40}
d = dict.fromkeys([72, 5, 9, 13, 81, 37])
print(a.difference(), a.difference(d), a.symmetric_difference(d), a.intersection(d, b), a.union(d, b, a))
print(a & a, a | a, a - a, a ^ a, a.intersection(), a.union(), set(d), frozenset(d) | b)
c = a.copy(); c.update(d, b, [101, 5]); print(c)
c.difference_update(c); print(c)
c = a.copy(); c.symmetric_difference_update(d); print(c)
c.intersection_update(); print(c)
c = set(range(12)); c -= set(range(200)); print(c, len(c))
e = set(range(3)); e.difference_update(range(1000)); e.add(5); print(e)
s = set()
for i in range(70000):
    s.add(i * 7919 % 1000003)
print(list(s)[:25], list(s)[-25:])
for i in range(0, 70000, 3):
    s.discard(i * 7919 % 1000003)
s.update(range(500))
print(list(s)[:25], list(s)[-25:], s.pop(), s.pop())
''',
}

VALUES = [lambda r: r.randint(-5, 40), lambda r: r.randint(0, 300), lambda r: r.choice([8, 16, 24, 32, 40, 64, 128]) * r.randint(0, 9),
          lambda r: r.choice([2**61 - 1, 2**61, 2**61 + 5, -2**61, 2**63, 2**64 + 3, -2**62 - 7])]


def value(r):
    k = r.random()
    if k < 0.04:
        return repr(r.choice([True, False]))
    if k < 0.09:
        return repr(r.choice([0.5, 1.5, 2.0, 8.0, -3.25, 1e20, 0.1]))
    if k < 0.14:
        return '(%s, %s)' % (r.randint(-3, 9), r.randint(-3, 9))
    return str(r.choice(VALUES)(r))


def values(r, lo, hi):
    return [value(r) for _ in range(r.randint(lo, hi))]


def iterable(r, names):
    k = r.random()
    if k < 0.45 and names:
        return r.choice(names)
    if k < 0.6:
        return '[%s]' % ', '.join(values(r, 0, 8))
    if k < 0.7:
        return 'range(%d, %d, %d)' % (r.randint(-10, 30), r.randint(0, 200), r.randint(1, 17))
    if k < 0.8:
        return 'dict.fromkeys([%s])' % ', '.join(values(r, 0, 8))
    return new_set(r, names)


def new_set(r, names):
    k = r.random()
    if k < 0.35:
        return '{%s}' % ', '.join(values(r, 1, 12))
    if k < 0.5:
        return 'set([%s])' % ', '.join(values(r, 0, 14))
    if k < 0.6:
        return 'set(range(%d, %d, %d))' % (r.randint(-20, 20), r.randint(0, 400), r.randint(1, 23))
    if k < 0.7:
        return '{x * %d %% %d for x in range(%d)}' % (r.randint(1, 40), r.randint(5, 500), r.randint(0, 60))
    if k < 0.8 and names:
        return '{*%s, %s}' % (r.choice(names), ', '.join(values(r, 1, 3)))
    sets = [n for n in names if n.startswith('s')]
    if k < 0.9 and sets:
        return r.choice(['%s.copy()', 'set(%s)']) % r.choice(sets)
    if sets:
        a, b = r.choice(sets), r.choice(names)
        return r.choice(['%s | %s', '%s & %s', '%s - %s', '%s ^ %s']) % (a, b)
    return '{%s}' % ', '.join(values(r, 3, 9))


def program(r):
    lines, names = [], []
    for step in range(r.randint(6, 16)):
        sets = [n for n in names if not n.startswith('f')]
        k = r.random()
        if k < 0.3 or not sets:
            name = ('f%d' if r.random() < 0.1 else 's%d') % len(names)
            expr = new_set(r, names)
            if name.startswith('f'):
                expr = 'frozenset(%s)' % expr
            lines.append('%s = %s' % (name, expr))
            names.append(name)
            lines.append('print(%s)' % name)
            continue
        s = r.choice(sets)
        if k < 0.45:
            lines.append('for v in [%s]: %s.add(v)' % (', '.join(values(r, 1, 10)), s))
        elif k < 0.55:
            lines.append('for v in [%s]: %s.discard(v)' % (', '.join(values(r, 1, 10)), s))
        elif k < 0.62:
            lines.append('if %s: print(%s.pop(), end=" ")' % (s, s))
            lines.append('for v in list(%s)[::%d]: %s.remove(v)' % (s, r.randint(2, 5), s))
        elif k < 0.8:
            op = r.choice(['|=', '&=', '-=', '^='])
            lines.append('%s %s %s' % (s, op, r.choice(names + [new_set(r, names)])))
        else:
            meth = r.choice(['update', 'difference_update', 'intersection_update', 'symmetric_difference_update'])
            n = 1 if meth == 'symmetric_difference_update' else r.randint(1, 2)
            lines.append('%s.%s(%s)' % (s, meth, ', '.join(iterable(r, names) for _ in range(n))))
        lines.append('print(%s)' % s)
    return '\n'.join(lines) + '\n'


def cpython(src):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
    try:
        p = subprocess.run([sys.executable, f.name], capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(f.name)
    assert p.returncode == 0, (src, p.stderr)
    return p.stdout


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'set-order-cases.json')
    r = random.Random(20240611)
    progs = dict(HAND)
    for i in range(count):
        progs['random_%03d' % i] = program(r)
    # all programs in one CPython run would share the constant cache: run each on its own
    cases = {name: {'source': src, 'stdout': cpython(src)} for name, src in progs.items()}
    with open(out, 'w') as f:
        json.dump({'generator': 'scripts/set-order-cases.py', 'python': sys.version.split()[0], 'cases': cases}, f, indent=1)
        f.write('\n')


main()
