a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0)
print(divmod(a, b), divmod(-a, b))
print(7 / 7, type(7 / 7).__name__, type(7 // 7).__name__)
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3)
print(abs(-12), -(-12), +7)
x = 10
x //= 3
print(x)
print(1_000_000 + 1, 0x1f, 0o17, 0b101)
