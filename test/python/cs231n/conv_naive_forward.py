import numpy as np

def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out

x = np.arange(2 * 1 * 4 * 4, dtype=float).reshape(2, 1, 4, 4)
w = np.array([[[[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]]], [[[0.0, 0.5, 0.0], [0.5, 1.0, 0.5], [0.0, 0.5, 0.0]]]])
b = np.array([0.0, 1.0])
out = conv_forward_naive(x, w, b, {"stride": 1, "pad": 1})
print(out.shape)
print(out[0])
print(conv_forward_naive(x, w, b, {"stride": 2, "pad": 0}))
print(np.pad(np.arange(3), 2), np.pad(np.ones((1, 2)), ((1, 0), (0, 1))))
