for x in [-2, 0, 3]:
    sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
    print(x, sign)
values = [3, 8, 1, 9, 4]
big = [y for v in values if (y := v * 2) > 7]
print(big)
if (n := len(values)) > 3:
    print("long list", n)
total = 0
while (chunk := values[total:total + 2]):
    print(chunk)
    total += 2
print(max(values) if values else None)
