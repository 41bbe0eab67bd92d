# A nested-loop numeric kernel: a naive matrix product and a 1-D convolution on Python lists.
n = 60
A = [[(i * 7 + j * 3) % 11 / 10.0 for j in range(n)] for i in range(n)]
B = [[(i * 5 + j) % 13 / 12.0 for j in range(n)] for i in range(n)]
Cm = [[0.0] * n for _ in range(n)]
for i in range(n):
    Ai = A[i]
    Ci = Cm[i]
    for k in range(n):
        a = Ai[k]
        Bk = B[k]
        for j in range(n):
            Ci[j] += a * Bk[j]
total = 0.0
for row in Cm:
    for v in row:
        total += v
signal = [((i * 37) % 101) / 50.0 - 1.0 for i in range(4000)]
kernel = [0.25, 0.5, 1.0, 0.5, 0.25]
out = []
for i in range(len(signal) - len(kernel) + 1):
    acc = 0.0
    for k in range(len(kernel)):
        acc += signal[i + k] * kernel[k]
    out.append(acc)
print(f"{total:.6f} {sum(out):.6f} {max(out):.6f}")
