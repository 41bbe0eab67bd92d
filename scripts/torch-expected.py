#!/usr/bin/env python3
"""Generate the expected outputs of the torch differential programs under test/python/torch/.

Runs every test/python/torch/NAME.py with /usr/bin/python3 (CPython + torch 1.13 + numpy 1.24,
`apt-get install -y python3-torch`) from the repository root and writes NAME.expected.json in the
corpus format ({"stdout", "exitCode", "stderrLast" when exit is 1}). Programs build tensors from
literals or numpy, never from torch's RNG, so gradlens must print the same bytes.
Each program runs twice (different PYTHONHASHSEEDs) and must print the same both times.

Usage: python3 scripts/torch-expected.py [--check] [FILTER...]
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'test' / 'python' / 'torch'
PYTHON = '/usr/bin/python3'


def run(path: Path, seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    p = subprocess.run([PYTHON, str(path.relative_to(ROOT))], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if p.returncode not in (0, 1):
        raise SystemExit(f'{path}: exit code {p.returncode}\n{p.stderr}')
    out = {'stdout': p.stdout, 'exitCode': p.returncode}
    if p.returncode == 1:
        out['stderrLast'] = p.stderr.rstrip('\n').split('\n')[-1]
    return out


def main() -> int:
    args = [a for a in sys.argv[1:] if a != '--check']
    check = '--check' in sys.argv[1:]
    bad = 0
    for path in sorted(CORPUS.glob('*.py')):
        if args and not any(a in str(path) for a in args):
            continue
        first = run(path, '1')
        if run(path, '2') != first:
            raise SystemExit(f'{path}: output depends on hashing or addresses')
        target = path.with_suffix('.expected.json')
        text = json.dumps(first, indent=2, ensure_ascii=False) + '\n'
        if check:
            if not target.exists() or target.read_text() != text:
                print(f'differs: {target}')
                bad += 1
        else:
            target.write_text(text)
            print(f'wrote {target.relative_to(ROOT)}')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
