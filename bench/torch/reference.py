"""bench/torch reference: the same programs in torch 1.13 (/usr/bin/python3).

Prints JSON: for each program, the median wall time of `python3 FILE` in a fresh process (torch's
import included) and the median time of running its code in this process after torch is imported.
Usage: /usr/bin/python3 bench/torch/reference.py REPEAT FILE...
"""
import contextlib
import io
import json
import statistics
import subprocess
import sys
import time

import torch  # noqa: F401  (imported once: the in-process times exclude it)

repeat = int(sys.argv[1])
out = {}
for path in sys.argv[2:]:
    source = open(path).read()
    code = compile(source, path, "exec")
    cold = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, path], check=True, stdout=subprocess.DEVNULL)
        cold.append((time.perf_counter() - t0) * 1000)
    warm = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {"__name__": "__main__"})
        warm.append((time.perf_counter() - t0) * 1000)
    out[path] = {"withImportMs": statistics.median(cold), "withoutImportMs": statistics.median(warm[1:])}
print(json.dumps(out))
