x = 3.14159265
n = 42
name = "w1"
print(f"{x:.4f} {x:.2e} {x:e} {x:g} {x:10.3f}| {x:<10.2f}| {x:^10.1f}| {x:+.3f}")
print(f"{n:5d}|{n:<5d}|{n:^5}|{n:05d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:+d}|{-n:d}")
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name!r}")
print(f"{1234567.891:,.2f} {1234567:,} {1234567:_} {0.256:.1%} {0.5:%}")
print(f"{1e-5:.3g} {123456789.0:.3g} {0.0001234:g} {1e20:g} {100.0:g} {2.5:.0f} {3.5:.0f}")
print(f"{x=:.2f} {n=} {n * 2 = }")
w = 6
p = 2
print(f"{x:{w}.{p}f}|{'nested':>{w + 4}}|")
print(f"{{literal braces}} {n}")
print(f"{[1, 2]} {(1, 'a')} {None} {True:d} {True}")
print(f"{0.1:.20f} {1/3:.17g} {2.675:.2f} {1.005:.2f}")
print(f"{-0.0:.1f} {float('inf'):.2f} {float('nan'):f} {1e300 * 1e10:e}")
print(f"{12:.3f} {7:e} {5:g} {255:#x} {5:#b} {3.0:.3}")
