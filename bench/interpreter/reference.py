"""CPython's side of bench/interpreter: each program's run time in this process (start-up
excluded), best of N, printed as JSON {file: ms}. Output of the programs is discarded."""
import contextlib
import io
import json
import runpy
import sys
import time

repeat = int(sys.argv[1])
out = {}
for path in sys.argv[2:]:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            runpy.run_path(path, run_name="__main__")
        best = min(best, (time.perf_counter() - t0) * 1000)
    out[path] = best
json.dump(out, sys.stdout)
