import numpy as np

a = np.array([1.0, 2.0, 3.0, 4.0])
b = np.array([0.5, -1.0, 2.0, 8.0])
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, 2 ** a, -a, +a)
print(a + 1, 10 - a, a * 0.1, 1 / a, a / 0.5)
i = np.array([7, -7, 8, -9])
print(i // 2, i % 3, i / 2, i ** 2, -i, i * 2.5, abs(i))
print(np.add(a, b), np.subtract(a, 1), np.multiply(a, a), np.divide(a, 4), np.negative(b))
print(a == 2, a != 2, a < b, a >= 3, (a > 1) & (a < 4), (a < 2) | (a > 3), ~(a > 2))
print(np.floor_divide(i, 4), np.mod(i, 4), np.true_divide(i, 4))
c = a.copy()
c += 1; c *= 2; c -= 0.5; c /= 2
print(c)
