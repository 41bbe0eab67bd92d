for i in range(3):
    print("i", i)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 6:
        break
    print("odd", i)
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for ch in "hi":
    print(ch)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print(i)
