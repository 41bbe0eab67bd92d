a = 0.1
b = 0.2
print(a + b, a * 3, 1 - 0.9, 0.1 * 0.1)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2.25 ** 0.5, 4 ** 0.5, 2.0 ** 10, 4 ** -2)
print(1 / 3, 2 / 3, 10 / 4)
print(3 * 1.5, 1.5 + 2, 2 - 0.5, 7 / 2.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
x = 1.0
for _ in range(5):
    x = x / 2 + 0.25
print(x)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(float(7), int(7.9), int(-7.9), float("3.25"), float("-inf"))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
