import math

for x in [0.5, 1.0, 2.0, -1.5]:
    print(f"x={x} exp={math.exp(x):.10f} tanh={math.tanh(x):.10f} sin={math.sin(x):.10f} cos={math.cos(x):.10f}")
for x in [0.1, 1.0, 10.0, 1e-3]:
    print(f"log={math.log(x):.10f} log10={math.log10(x):.10f} log2={math.log2(x):.10f} log_b3={math.log(x, 3):.10f}")
print(math.exp(0), math.log(1), math.log(math.e), math.log10(1000), math.log2(1024), math.tanh(0))
print(f"{math.atan2(1, 1):.12f} {math.atan(1) * 4:.12f} {math.asin(1):.12f} {math.acos(0):.12f}")
sigmoid = lambda z: 1 / (1 + math.exp(-z))
print([f"{sigmoid(z):.9f}" for z in (-2, 0, 2)], sigmoid(0))
print(f"{math.exp(700):.6e} {math.exp(-745):.3e} {math.exp(-800)}")
