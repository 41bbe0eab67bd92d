# bisect (left/right, lo/hi, key=, insort) and string (constants, capwords, Template).
import bisect
import string
from string import Template

grades = [60, 70, 80, 90]
print([bisect.bisect(grades, s) for s in [33, 60, 75, 90, 99]], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70, 2))
rows = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(rows, 3, key=lambda r: r[1]), bisect.bisect_right(rows, 3, key=lambda r: r[1]))
bisect.insort(rows, ('d', 4), key=lambda r: r[1])
values = [1, 3, 3, 5]
bisect.insort_left(values, 3)
bisect.insort_right(values, 4, 0, 2)
print(rows, values)
try:
    bisect.bisect_left([1], 1, -1)
except ValueError as e:
    print('ValueError:', e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   wide world '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='pie'), t.substitute({'who': 'ann', 'what': 'tea'}, who='bob'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), Template('$').is_valid())
for bad in ['ab $ c', 'x\n${a', '$who']:
    try:
        Template(bad).substitute()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
