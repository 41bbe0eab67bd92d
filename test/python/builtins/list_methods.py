xs = [3, 1, 4]
xs.append(1); print(xs)
xs.extend([5, 9]); print(xs)
xs.insert(0, 2); print(xs)
xs.insert(100, 6); print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(1); print(xs)
print(xs.index(4), xs.count(1), xs.count(7))
xs.sort(); print(xs)
xs.reverse(); print(xs)
ys = xs.copy()
ys[0] = 0
print(xs, ys)
xs.sort(key=lambda v: v % 3); print(xs)
xs.clear(); print(xs, len(xs))
zs = [[0]] * 3
zs[0].append(1)
print(zs)
ws = [1, 2] + [3] * 2
ws *= 2
print(ws, ws[::-1], ws.index(3, 3))
print(xs.append(1), sorted(ws) == ws)
