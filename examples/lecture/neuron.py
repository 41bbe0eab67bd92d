# The logistic neuron f = sigmoid(w0 x0 + w1 x1 + w2), as primitive gates.
import math

w0, x0 = 2.0, -1.0
w1, x1 = -3.0, -2.0
w2 = -3.0
dot = w0 * x0 + w1 * x1 + w2
f = 1.0 / (1.0 + math.exp(-dot))
print(f"f = {f:.10f}")
