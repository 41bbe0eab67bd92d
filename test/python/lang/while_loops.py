n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print("i", i)
k = 0
while k < 3:
    k += 1
else:
    print("while else", k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("k", k)
x = 1.0
while x > 1e-3:
    x /= 10
print(x)
