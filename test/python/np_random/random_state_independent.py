import numpy as np

# two instances and the global stream, interleaved, each draw the numbers it draws alone
np.random.seed(1)
alone_global = np.random.rand(4)
alone_a = np.random.RandomState(2).rand(4)
alone_b = np.random.RandomState(3).randint(0, 1000, 4)

np.random.seed(1)
a = np.random.RandomState(2)
b = np.random.RandomState(3)
mixed_global, mixed_a, mixed_b = [], [], []
for i in range(4):
    mixed_a.append(a.rand())
    mixed_global.append(np.random.rand())
    mixed_b.append(b.randint(0, 1000))
print((np.array(mixed_global) == alone_global).all())
print((np.array(mixed_a) == alone_a).all())
print((np.array(mixed_b) == alone_b).all())
print(mixed_b)

# seeding one instance touches neither the other nor the global stream
np.random.seed(5)
c = np.random.RandomState(5)
d = np.random.RandomState(5)
print(c.randn() == d.randn(), c.rand() == np.random.randn())
d.seed(5)
print(d.randn() == np.random.RandomState(5).randn(), c.rand(2), np.random.rand(2))
