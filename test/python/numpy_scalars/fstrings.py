# f-strings with numpy scalars: conversions, specs, nested specs, and scalars from array ops.
import numpy as np

x = np.array([0.5, 1.25, 2.0])
total = x.sum()
mean = x.mean()
count = np.int64(len(x))
ok = total > 3
print(f'{total} {mean} {count} {ok}')
print(f'{total!r} {mean!r} {count!r} {ok!r}')
print(f'{total:.2f} {mean:8.4f} {count:03d} {ok:>6}')
width, precision = np.int64(10), np.int64(3)
print(f'[{mean:{width}.{precision}f}] [{total:<{width}}]')
h = np.float32(1) / np.float32(3)
print(f'{h} {h!r} {h:.3f} {h:} {h!s:>12}')
print(f'{x[0]=} {x.max()=:.1f} {count * 2=}')
print(f'{np.float64(1e16)} {np.float32(1e16)} {np.float64(-0.0)} {np.float32(float("nan"))}')
print(f'{np.int64(-3):+d} {np.int64(255):#x} {np.int64(5):b} {np.float64(0.125):.1%}')
values = [np.float64(v) for v in (0.1, 0.2, 0.3)]
print(f'{values} {sum(values)} {values[0] + values[1] == values[2]}')
print(', '.join(f'{v:.1f}' for v in values))
