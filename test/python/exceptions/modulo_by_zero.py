def bucket(i, n):
    return i % n

print([bucket(i, 3) for i in range(7)])
print(bucket(5, 0))
