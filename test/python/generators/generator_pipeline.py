def read_batches(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]

def normalize(batches):
    for b in batches:
        m = sum(b) / len(b)
        yield [x - m for x in b]

def labelled(batches):
    for i, b in enumerate(batches, start=1):
        yield f"batch {i}: {b}"

data = [1, 2, 3, 4, 5, 6, 7]
for line in labelled(normalize(read_batches(data, 3))):
    print(line)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([f for _, f in zip(range(12), fib())])
print(list(zip(read_batches("abcdef", 2), fib())))
