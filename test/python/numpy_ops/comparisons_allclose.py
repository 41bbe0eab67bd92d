import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = a + 1e-9
c = a + 1e-3
print(np.allclose(a, b), np.allclose(a, c), np.allclose(a, c, atol=1e-2), np.allclose(a, c, rtol=1e-3))
print(np.isclose(a, c), np.isclose(0.1 + 0.2, 0.3), np.isclose(a, 2.0))
print(np.array_equal(a, a.copy()), np.array_equal(a, b), (a == a.copy()).all())
print(np.isclose(np.nan, np.nan), np.isclose(np.nan, np.nan, equal_nan=True), np.allclose([1e-10], [0]))
print(np.isnan(np.array([1.0, np.nan])), np.isinf(np.array([np.inf, -np.inf, 0])), np.isfinite(np.array([1, np.inf])))
print(a.max() == 3, a.argmax() == 2, np.allclose(np.ones((2, 3)), 1))
print(type(np.allclose(a, b)).__name__, type(np.isclose(1.0, 1.0)).__name__)
