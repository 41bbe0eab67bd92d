xs = [3, 1, 4]
for i in range(len(xs)):
    print(i, xs[i])
print(xs[-3])
print(xs[len(xs)])
