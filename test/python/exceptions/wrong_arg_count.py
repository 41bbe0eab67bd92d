def affine(x, w, b):
    return x * w + b

print(affine(2, 3, 1))
print(affine(2, 3))
