# Gradient flow patterns: add distributes, mul swaps, max routes, copy (fan-out) adds.
x = 3.0
y = -4.0
z = 2.0
w = -1.0
a = x * y
m = max(z, w)
s = a + m
f = 2.0 * s
print(f)
