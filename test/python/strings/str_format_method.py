print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="x", age=3))
print("{:.3f} {:>6} {:<6}| {:^7}|".format(1 / 3, "r", "l", "c"))
print("{0:08.3f} {1:,} {2:e}".format(3.14159, 10 ** 7, 0.00012))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{!r} {!s}".format("q", "q"))
print("Epoch {:3d}/{:d} loss {:.4f}".format(7, 100, 0.123456))
template = "{:>10}|{:>10}"
print(template.format("name", "value"))
for k, v in [("lr", 0.001), ("decay", 0.95)]:
    print(template.format(k, v))
print(format(0.5, ".2%"), format(12345.6789, ",.1f"), format(42, "08b"), format("s", "^5"))
print("{:g} {:g} {:g} {:g}".format(0.00001, 1e16, 123.0, 1.5e-7))
