def loss(pred, target):
    diff = pred - target
    return diff * diff

print(loss(3, 1))
print(loss(2, tagret))
