from micrograd.engine import Value

x = Value(3.0)
print(x ** 2, x ** -2, 2 ** 10)
y = Value(2.0)
print(x * y)
z = x ** y
print(z)
