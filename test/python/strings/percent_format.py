x = 2.718281828
print("%d items" % 5)
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.3f|%8.2f|%-8.2f|%e|%.2E|%g|%G" % (x, x, x, x, x, x, 1e-10))
print("%s and %r" % ("str", "str"))
print("%s" % [1, 2], "%s" % (3,), "%s" % None)
print("%x %X %o %c" % (255, 255, 8, 65))
print("%i%%" % 50, "%.1f%%" % 99.5)
print("%(name)s has %(n)d params" % {"name": "mlp", "n": 41})
print("%10s|%-10s|" % ("right", "left"))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d" % 3.99, "%s" % 0.1, "%r" % 0.1, "%5.1s|" % "abc")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
