# deque: a sliding window with maxlen, rotation, both ends, errors.
from collections import deque

window = deque(maxlen=3)
for i in range(6):
    window.append(i * 0.5)
    print(list(window), sum(window) / len(window))
print(window, window.maxlen)
d = deque([1, 2, 3])
d.appendleft(0)
d.extend([4, 5])
d.rotate(2)
print(d, d[0], d[-1], len(d), 3 in d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
d.extendleft('ab')
print(d, d.count(2), d.index(3))
d.clear()
print(d, bool(d))
for method in (d.pop, d.popleft):
    try:
        method()
    except IndexError as e:
        print('IndexError', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
