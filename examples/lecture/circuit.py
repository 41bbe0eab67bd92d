# The lecture's first circuit: f = (x + y) z at x = -2, y = 5, z = -4.
# Hover any variable for its value and df/d(variable); "Trace Backprop" steps through it.
x = -2.0
y = 5.0
z = -4.0
q = x + y  # add gate: passes the upstream gradient to both inputs
f = q * z  # mul gate: each input gets upstream x the other input
print(f"q = {q}, f = {f}")
