import numpy as np

# numpy 2.4: only 0-d arrays convert to Python scalars
for convert in [lambda: float(np.array([3.5])), lambda: int(np.array([3])), lambda: float(np.array([[2.0]])),
                lambda: '%.2f' % np.array([1.5]), lambda: '%d' % np.array([1]), lambda: '%x' % np.array([1]),
                lambda: '%i' % np.array([[1.5]]), lambda: int(np.array([True])), lambda: float(np.array([]))]:
    try:
        print(convert())
    except TypeError as e:
        print('TypeError:', e)
print(float(np.array(3.5)), int(np.array(3.7)), '%.2f' % np.array(1.5), '%d' % np.array(7), '%x' % np.array(255))
print(bool(np.array([1])), np.array([2.5]).item(), float(np.array([2.5])[0]), '%s' % np.array([1.5]))
x = np.array([0.25])
loss = float(x.sum())
print(loss, int(np.array([4]).sum()))
print(float(x))
