# micrograd Values mixed with numpy scalars: a numpy scalar on the left of an operator hands
# Value's reflected method the Python number, one on the right is wrapped as data as it is.
import numpy as np
from micrograd.engine import Value

x = Value(3.0)
y = np.float64(2.0) * x
z = x * np.float64(0.5)
w = np.int64(4) + x
print(y, type(y.data).__name__)
print(z, type(z.data).__name__)
print(w, type(w.data).__name__)
q = (y + z + w) / np.float64(2.0)
q.backward()
print(q, x.grad)
v = Value(np.float32(1.5))
print(v, (v * 2).data, repr((v * 2).data))
losses = [Value(float(np.float64(0.25))) for _ in range(2)]
total = sum(losses)
print(total, f'{total.data:.3f}', '%.2f' % total.data)
print(np.float64(1.0) - Value(0.5), np.float64(3.0) > Value(1.0).data)
