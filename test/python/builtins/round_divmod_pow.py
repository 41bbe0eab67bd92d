print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 5), pow(2, -2), pow(2.5, 2), pow(7, 2, 10), pow(-2, 3), pow(4, 0.5))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 0.0 ** 0)
print(round(1234.5), round(1235.5), round(0.28, 1), round(0.35, 1), round(0.45, 1))
print(round(5, 2), round(5.0, 2), round(-2.5), round(1e15 + 0.5))
for x in [0.125, 0.375, 2.5e-3, 1.0005]:
    print(x, round(x, 2), round(x, 3))
