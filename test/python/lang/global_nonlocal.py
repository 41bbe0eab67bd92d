count = 0

def bump():
    global count
    count += 1
    return count

bump(); bump()
print(count)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def outer():
    x = "outer"
    def inner():
        x = "inner"
        return x
    inner()
    return x
print(outer())

def set_global():
    global created
    created = [1, 2]
set_global()
print(created)
