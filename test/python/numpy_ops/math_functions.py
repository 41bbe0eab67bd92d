import numpy as np

x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print(np.exp(x))
print(np.tanh(x))
print(np.abs(x), np.sign(x), np.square(x), np.power(x, 3), np.power(2.0, x))
p = np.array([0.25, 1.0, 4.0, 9.0])
print(np.sqrt(p), np.log(p), np.log(np.e), np.exp(0.0), np.sqrt(16.0))
print(np.maximum(x, 0), np.minimum(x, 0.25), np.maximum(np.array([1, 5]), np.array([3, 2])))
print(np.clip(x, -1, 1), np.clip(np.arange(6), 1, 4), x.clip(0, None))
print(np.abs(np.array([-3, 4])), np.sign(np.array([-3, 0, 2])), np.square(np.arange(4)))
print(np.floor(x), np.ceil(x), np.round(np.array([0.5, 1.5, 2.5, -0.5, 1.2345]), 0), np.round(1.23456, 3))
print(f"{np.exp(1.0):.10f} {np.log(10.0):.10f} {np.tanh(0.5):.10f}")
print(np.sqrt(np.array([2.0, 3.0])), np.sqrt(2.0) ** 2, np.power(np.arange(4), 2))
