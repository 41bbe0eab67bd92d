#!/usr/bin/env python3
"""Generate the expected outputs of the differential corpus under test/python/.

For every test/python/**/NAME.py this runs `python3 test/python/<path>` (CPython 3.11 +
numpy 2.x) from the repository root, with a timeout, and writes NAME.expected.json:

    { "stdout": ..., "exitCode": 0 | 1, "stderrLast": last stderr line (only when exit is 1) }

Each program is run twice, with different PYTHONHASHSEEDs, and must print the same both
times: a program whose output depends on string hashing or object addresses is rejected.
Programs must be 5-40 lines long and end with exit 0 or 1.

micrograd is not installed for python3 here and nothing of it is vendored into the repo:
this script writes a faithful copy of the public package's micrograd/engine.py and
micrograd/nn.py (karpathy/micrograd) into a temporary directory for the duration of the run
and puts that directory on PYTHONPATH. DIALECT.md says gradlens's micrograd also has the
lecture's Value.exp() and Value.tanh(), so the copy of engine.py gets those two methods
(marked below), exactly as the lecture writes them.

Usage: python3 scripts/python-expected.py [--check] [FILTER...]
  --check   compare with the committed JSON instead of writing it (exit 1 on a difference)
  FILTER    only programs whose path contains one of these substrings
CI does not run this; the JSON files are committed.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'test' / 'python'
TIMEOUT_SECONDS = 120
MIN_LINES, MAX_LINES = 5, 40
MODULE_MARK = '# corpus-module:'  # first line of a module the programs of its folder import

# karpathy/micrograd, micrograd/engine.py, plus the lecture's exp() and tanh() (marked).
MICROGRAD_ENGINE = '''import math  # (for the lecture's exp/tanh below)

class Value:
    """ stores a single scalar value and its gradient """

    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0
        # internal variables used for autograd graph construction
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op # the op that produced this node, for graphviz / debugging / etc

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward

        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward

        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += (other * self.data**(other-1)) * out.grad
        out._backward = _backward

        return out

    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward

        return out

    # --- the lecture's additions (DIALECT.md: micrograd "plus exp() and tanh()") ---
    def exp(self):
        x = self.data
        out = Value(math.exp(x), (self, ), 'exp')

        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward

        return out

    def tanh(self):
        x = self.data
        t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)
        out = Value(t, (self, ), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward

        return out
    # --- end of the lecture's additions ---

    def backward(self):

        # topological order all of the children in the graph
        topo = []
        visited = set()
        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)

        # go one variable at a time and apply the chain rule to get its gradient
        self.grad = 1
        for v in reversed(topo):
            v._backward()

    def __neg__(self): # -self
        return self * -1

    def __radd__(self, other): # other + self
        return self + other

    def __sub__(self, other): # self - other
        return self + (-other)

    def __rsub__(self, other): # other - self
        return other + (-self)

    def __rmul__(self, other): # other * self
        return self * other

    def __truediv__(self, other): # self / other
        return self * other**-1

    def __rtruediv__(self, other): # other / self
        return other * self**-1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"
'''

# karpathy/micrograd, micrograd/nn.py
MICROGRAD_NN = '''import random
from micrograd.engine import Value

class Module:

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0

    def parameters(self):
        return []

class Neuron(Module):

    def __init__(self, nin, nonlin=True):
        self.w = [Value(random.uniform(-1,1)) for _ in range(nin)]
        self.b = Value(0)
        self.nonlin = nonlin

    def __call__(self, x):
        act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)
        return act.relu() if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]

    def __repr__(self):
        return f"{'ReLU' if self.nonlin else 'Linear'}Neuron({len(self.w)})"

class Layer(Module):

    def __init__(self, nin, nout, **kwargs):
        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

    def __repr__(self):
        return f"Layer of [{', '.join(str(n) for n in self.neurons)}]"

class MLP(Module):

    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i+1], nonlin=i!=len(nouts)-1) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def __repr__(self):
        return f"MLP of [{', '.join(str(layer) for layer in self.layers)}]"
'''


def write_micrograd(directory: Path) -> None:
    package = directory / 'micrograd'
    package.mkdir()
    (package / '__init__.py').write_text('')
    (package / 'engine.py').write_text(MICROGRAD_ENGINE)
    (package / 'nn.py').write_text(MICROGRAD_NN)


def run_program(relpath: str, pythonpath: Path, hashseed: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update({
        'PYTHONPATH': str(pythonpath),
        'PYTHONHASHSEED': hashseed,
        'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1',
    })
    return subprocess.run(['python3', relpath], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding='utf-8', timeout=TIMEOUT_SECONDS)


def expected_of(result: subprocess.CompletedProcess) -> dict:
    expected = {'stdout': result.stdout, 'exitCode': result.returncode}
    if result.returncode == 1:
        lines = result.stderr.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        expected['stderrLast'] = lines[-1] if lines else ''
    return expected


def main() -> int:
    args = sys.argv[1:]
    check = '--check' in args
    filters = [a for a in args if a != '--check']
    # test/python/torch/ is generated by scripts/torch-expected.py with the Debian python that has torch
    # programs sit directly in an area folder; a file marked as a module (and every file of a package
    # below the area) is only imported by them
    programs = sorted(p for p in CORPUS.rglob('*.py') if len(p.relative_to(CORPUS).parts) == 2
                      and p.relative_to(CORPUS).parts[0] != 'torch' and not p.read_text().startswith(MODULE_MARK))
    if filters:
        programs = [p for p in programs if any(f in str(p.relative_to(CORPUS)) for f in filters)]
    problems: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix='gradlens-micrograd-') as tmp:
        write_micrograd(Path(tmp))
        for program in programs:
            relpath = program.relative_to(ROOT).as_posix()
            line_count = len(program.read_text().splitlines())
            if not MIN_LINES <= line_count <= MAX_LINES:
                problems.append(f'{relpath}: {line_count} lines (want {MIN_LINES}-{MAX_LINES})')
            first = run_program(relpath, Path(tmp), '0')
            second = run_program(relpath, Path(tmp), '12345')
            if first.returncode not in (0, 1):
                problems.append(f'{relpath}: exit code {first.returncode}\n{first.stderr}')
                continue
            if (first.stdout, first.returncode, first.stderr) != (second.stdout, second.returncode, second.stderr):
                problems.append(f'{relpath}: output depends on the hash seed / addresses')
                continue
            if first.returncode == 0 and first.stdout == '':
                problems.append(f'{relpath}: prints nothing')
            if first.returncode == 0 and first.stderr:
                notes.append(f'{relpath}: exit 0 with stderr: {first.stderr.strip().splitlines()[-1]}')
            expected = expected_of(first)
            target = program.with_name(program.stem + '.expected.json')
            text = json.dumps(expected, indent=2, ensure_ascii=False) + '\n'
            if check:
                if not target.exists() or target.read_text() != text:
                    problems.append(f'{relpath}: committed expectation differs')
            else:
                target.write_text(text)
    if not filters and not check:
        for stale in CORPUS.rglob('*.expected.json'):
            if stale.relative_to(CORPUS).parts[0] == 'torch':
                continue
            if not stale.with_name(stale.name.replace('.expected.json', '.py')).exists():
                stale.unlink()
                notes.append(f'removed stale {stale.relative_to(ROOT).as_posix()}')
    for note in notes:
        print('note:', note)
    for problem in problems:
        print('PROBLEM:', problem, file=sys.stderr)
    print(f'{len(programs)} programs, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
