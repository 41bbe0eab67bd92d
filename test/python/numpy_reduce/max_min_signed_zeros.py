import numpy as np

# numpy keeps the later of two tied zeros; longer contiguous runs go through its SIMD lanes
print(np.max(np.array([-0.0, 0.0])), np.max(np.array([0.0, -0.0])), np.min(np.array([-0.0, 0.0])))
print(np.maximum(-0.0, 0.0), np.maximum(0.0, -0.0), np.minimum(np.array([-0.0, 0.0]), np.array([0.0, -0.0])))
signs = lambda r: ''.join('-' if str(v)[0] == '-' else '+' for v in np.atleast_1d(r).ravel())
np.random.seed(7)
for shape in [(9,), (17,), (130,), (3, 9), (9, 3), (2, 3, 17)]:
    for dtype in [np.float64, np.float32]:
        a = np.where(np.random.rand(*shape) < 0.5, -0.0, 0.0).astype(dtype)
        axes = [None] + list(range(a.ndim)) + ([(0, 2)] if a.ndim == 3 else [])
        print(shape, dtype.__name__, ' '.join(signs(a.max(axis=ax)) + '/' + signs(a.min(axis=ax)) for ax in axes))
b = np.array([[0.0, -0.0], [-0.0, 0.0]])
print(b.max(axis=0), b.max(axis=1), b.min(axis=0), np.amax(b), np.argmax(np.array([-0.0, 0.0])))
print(np.max(np.array([1.0, np.nan, -0.0])), np.min(np.array([np.nan, 2.0])), np.max(np.full(20, -0.0)))
