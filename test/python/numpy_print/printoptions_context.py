import numpy as np

x = np.linspace(0, 10, 10)
with np.printoptions(precision=2, suppress=True, threshold=5):
    print(x)
    print(repr(x))
print(x)
with np.printoptions(precision=3) as opts:
    print(opts)
    print(opts == np.get_printoptions())
    np.set_printoptions(precision=5, sign="+")
    print(x[:3])
print(np.get_printoptions()["precision"], np.get_printoptions()["sign"], x[:3])
cm = np.printoptions(precision=1)
print(np.get_printoptions()["precision"])
with cm:
    print(x[:4])
try:
    with np.printoptions(precision=1):
        print(x[:2])
        raise KeyError("inside")
except KeyError as e:
    print("caught", e, x[:2])
with np.printoptions():
    print(x[:2], np.get_printoptions()["precision"])
