def make_multiplier(k):
    def mul(x):
        return k * x
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(0.5))

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

def accumulator():
    history = []
    def add(v):
        history.append(v)
        return sum(history)
    return add

acc = accumulator()
acc(1); acc(2)
print(acc(3.5))

def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
