class DivergenceError(Exception):
    pass

lr = 1.5
w = 1.0
for step in range(10):
    w = w - lr * 2 * w
    print(step, w)
    if abs(w) > 10:
        raise DivergenceError(f"training diverged at step {step}: w={w}")
