import math

def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))

w0, x0, w1, x1, w2 = 2.0, -1.0, -3.0, -2.0, -3.0
dot = w0 * x0 + w1 * x1 + w2
f = sigmoid(dot)
ddot = (1 - f) * f
dx = [w0 * ddot, w1 * ddot]
dw = [x0 * ddot, x1 * ddot, 1.0 * ddot]
print(dot, f"{f:.10f}", f"{ddot:.10f}")
print([f"{v:.10f}" for v in dx], [f"{v:.10f}" for v in dw])
x, y, z = -2, 5, -4
q = x + y
f2 = q * z
print(q, f2, "dfdz", q, "dfdq", z, "dfdx", z * 1, "dfdy", z * 1)
h = 1e-5
num = (sigmoid(dot + h) - sigmoid(dot - h)) / (2 * h)
print(f"{num:.6f}", abs(num - ddot) < 1e-8)
