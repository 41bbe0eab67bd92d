x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 7
n <<= 2; n |= 1; n ^= 4; n &= 0xff; n >>= 1
print(n)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
t2 = tup
tup += (2,)
print(tup, t2)
d = {"k": 1}
d["k"] += 10
print(d)
