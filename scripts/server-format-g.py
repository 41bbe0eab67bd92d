# Writes test/lsp/fixtures/format-g.json: C's/Python's '%.{p}g' of chosen doubles, the reference for the
# language server's formatG (src/server/value-format.ts). Run: python3 scripts/server-format-g.py
import json
import math

values = [0.0, 1.0, -1.0, 3.0, -12.0, 0.5, 0.1, 1 / 3, -2 / 3, 0.7310585786300049, -0.19661193324148185,
          123456.0, 1234567.0, 999999.5, 9999995.0, 1e-4, 1.5e-5, 0.00012345678, 1e100, -1e-300, 5e-324,
          2.5, 0.125, 1e21, 6.02214076e23, 100.0, 1e6, 0.999999949, 12345.678, -0.8786796564403573]
cases = []
for p in (2, 3, 4, 6):
    for v in values:
        cases.append({"value": v, "digits": p, "text": f"%.{p}g" % v})
with open("test/lsp/fixtures/format-g.json", "w") as f:
    json.dump(cases, f, indent=0)
    f.write("\n")
