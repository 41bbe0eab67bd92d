import numpy as np

def max_pool_forward_naive(x, pool_param):
    N, C, H, W = x.shape
    ph, pw, s = pool_param['pool_height'], pool_param['pool_width'], pool_param['stride']
    Ho, Wo = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.max(x[:, :, i * s:i * s + ph, j * s:j * s + pw], axis=(2, 3))
    return out, (x, pool_param)

def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param['pool_height'], pool_param['pool_width'], pool_param['stride']
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    idx = np.unravel_index(np.argmax(window), window.shape)
                    dx[n, c, i * s + idx[0], j * s + idx[1]] += dout[n, c, i, j]
    return dx

np.random.seed(231)
x = np.random.randn(2, 3, 4, 4)
pool = {'pool_height': 2, 'pool_width': 2, 'stride': 2}
out, cache = max_pool_forward_naive(x, pool)
dout = np.random.randn(*out.shape)
dx = max_pool_backward_naive(dout, cache)
print(out.shape, dx.shape, np.count_nonzero(dx), np.isclose(dx.sum(), dout.sum()))
print(np.round(dx[0, 0], 4))
