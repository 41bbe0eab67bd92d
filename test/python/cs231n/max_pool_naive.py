import numpy as np

def max_pool_forward_naive(x, pool):
    N, C, H, W = x.shape
    ph, pw, s = pool["pool_height"], pool["pool_width"], pool["stride"]
    Ho, Wo = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool)

def max_pool_backward_naive(dout, cache):
    x, pool = cache
    ph, pw, s = pool["pool_height"], pool["pool_width"], pool["stride"]
    dx = np.zeros_like(x)
    N, C, Ho, Wo = dout.shape
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    mask = window == window.max()
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += mask * dout[n, c, i, j]
    return dx

x = np.array([[[[1.0, 3.0, 2.0, 0.0], [4.0, -1.0, 5.0, 6.0], [0.5, 0.25, 7.0, 1.0], [2.0, 8.0, -3.0, 0.0]]]])
out, cache = max_pool_forward_naive(x, {"pool_height": 2, "pool_width": 2, "stride": 2})
print(out)
print(max_pool_backward_naive(np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), cache))
