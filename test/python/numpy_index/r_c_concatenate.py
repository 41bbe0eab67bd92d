import numpy as np

a, b = np.array([1, 2, 3]), np.array([4.0, 5.0, 6.0])
print(np.r_[0:4, 7], np.r_[a, 0, b], np.r_[:3], np.r_[1:10:3, [5, 6]], np.r_[1.0:2.0:0.25], np.r_[3:])
print(np.r_[np.array([1, 2], dtype=np.float32), 0.5].dtype, np.r_[np.float32(3), 2.5].dtype, np.r_[True, 2], np.r_[3.5])
print(np.c_[a, b])
print(np.c_[np.arange(2), np.arange(2)], np.c_[np.array([[1, 2], [3, 4]]), np.array([5, 6])], sep='\n')
print(np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])], np.c_[0:3, a].shape, np.c_[1, 2, 3])
print(np.r_['-1', np.array([[1, 2], [3, 4]]), np.array([[5], [6]])])
print(np.r_['0,2', [1, 2, 3], [4, 5, 6]], np.r_['1,2,0', [1, 2, 3], [4, 5, 6]].shape, np.r_['0,3,-1', [1, 2], [3, 4]].shape)
N, K = 3, 2
X = np.zeros((N * K, 2))
for j in range(K):
    ix = range(N * j, N * (j + 1))
    r = np.linspace(0.0, 1, N)
    t = np.linspace(j * 4, (j + 1) * 4, N)
    X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
print(X.round(4))
print(np.s_[1:3], np.s_[::2, 0], np.index_exp[1:3], np.index_exp[0, ...], len(np.r_), b[np.s_[::-1]])
for bad in [lambda: np.r_[()], lambda: np.r_['x', a], lambda: np.r_['0,x', a], lambda: np.r_[a, '0'], lambda: np.c_[a, [1, 2]]]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError:', e)
