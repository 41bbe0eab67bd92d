x = "global"

def show():
    return x

def shadow():
    x = "local"
    return x, show()

print(show(), shadow())

def default_time(v=len(x)):
    return v
x = "changed!"
print(default_time(), show())

def outer():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(outer())

def counter_gen():
    total = 0
    def step(n):
        return total + n
    total = 100
    return step(1)
print(counter_gen())
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print("comprehension variable does not leak:", e)
