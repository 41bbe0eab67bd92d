xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[5:100], xs[100:], xs[3:3], xs[5:2])
s = "gradient"
print(s[1:4], s[::-1], s[-4:], s[::3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
ys = xs[:]
ys[0:3] = ["a"]
print(ys)
ys[1:1] = [7, 7]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
sl = slice(1, 8, 3)
print(xs[sl], sl)
print(xs[slice(None, None, -4)])
