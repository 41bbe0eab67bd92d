import numpy as np

x = np.array([1.0, -1.0, 0.0])
print(x / 0, np.log(np.array([0.0, 1.0])), np.sqrt(np.array([-1.0, 4.0])))
print(np.array([np.inf, -np.inf]) + 1, np.array([np.inf]) - np.inf)
print(np.nan == np.nan, np.inf > 1e308, np.float64("inf"), -np.inf)
y = np.array([1.0, np.nan, 3.0])
print(y.sum(), y.max(), np.isnan(y).sum())
print(np.maximum(y, 2.0), np.minimum(y, 2.0), np.clip(y, 0, 2))
print(np.array([1e308]) * 10, np.array([-0.0]), -np.zeros(2), np.float64(-0.0))
print(np.array([5e-324]) / 2, np.float64(1e-300) * 1e-300, np.array([1e-300]) * 1e-300)
