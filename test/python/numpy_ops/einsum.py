# np.einsum: explicit and implicit output, contractions, transposes, outer products, errors.
import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
print(np.einsum('ij,jk->ik', a, b), np.einsum('ij,jk', a, b).dtype)
print(np.einsum('ij->ji', a), np.einsum('ij->', a), repr(np.einsum('i,i', [1, 2, 3], [4, 5, 6])))
print(np.einsum('ij,ij->i', a, a), np.einsum('ij->j', a), np.einsum('i,j->ij', [1.0, 2.0], [3, 4]))
print(repr(np.einsum('ij,j', a, [1, 2, 3])), np.einsum('bij,bjk->bik', np.ones((2, 2, 3)), np.ones((2, 3, 2))).shape)
print(np.einsum('Ba,aB', np.ones((2, 3)), np.ones((3, 2))), np.einsum(' ij , jk -> ki ', a, b).shape)
x = np.arange(4.0).reshape(2, 2)
print(np.einsum('ij,ij->', x, x, optimize=True), np.einsum('ij', x).shape)
for args in [('ij,jk->ik', np.ones((2, 3)), np.ones((4, 5))), ('ij,jk', np.ones((2, 3))), ('ij->ix', np.ones((2, 3))), ('ij', np.ones((2, 3)), np.ones((3, 2))), ('ijk', np.ones((2, 3))), ('i', np.ones((2, 3))), ('i3', np.ones(2)), ('i,i', np.ones(2), np.ones(3)), ('ij->ii', np.ones((2, 2)))]:
    try:
        np.einsum(*args)
    except ValueError as e:
        print("ValueError:", e)
