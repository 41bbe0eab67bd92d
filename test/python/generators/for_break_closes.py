# A generator a for loop made (from a call or a generator expression) is closed when the loop
# leaves it early - break, return, an exception - so its finally blocks run right there, as
# CPython frees it; a generator bound to a name stays open.
def numbers(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print('closed', tag)


for v in numbers('break'):
    break
print('after break')


def first_positive():
    for v in numbers('return'):
        if v > 0:
            return v


print('returned', first_positive())
try:
    for v in numbers('raise'):
        raise ValueError('boom')
except ValueError as e:
    print('handled', e)
for v in numbers('exhausted'):
    pass
kept = numbers('named')
for v in kept:
    break
print('named still open:', next(kept))
kept.close()
print(repr(kept).split(' at ')[0])
for v in (x * 2 for x in numbers('inner')):
    break
print('end')
