// The torch differential programs (test/python/torch/*.py) against torch 1.13's output, committed
// as NAME.expected.json by scripts/torch-expected.py; plus autograd facts checked directly.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPython, runSource } from '../../src/python/run';
import { lastStderrLine, loadCorpus } from '../python/corpus';

const programs = loadCorpus().filter((p) => p.area === 'torch');

function run(source: string): { stdout: string; stderr: string; exitCode: number } {
  return runSource(source, { filename: 'test.py' });
}

describe('torch programs print what torch 1.13 printed', () => {
  beforeAll(async () => {
    await loadPython();
  });
  it('has programs', () => expect(programs.length).toBeGreaterThanOrEqual(6));
  for (const p of programs) {
    it(p.name, () => {
      const r = runSource(p.source, { filename: p.filename });
      expect(p.expected, 'run python3 scripts/torch-expected.py').toBeDefined();
      expect(r.stdout, r.stderr).toBe(p.expected!.stdout);
      expect(r.exitCode).toBe(p.expected!.exitCode);
      if (p.expected!.exitCode === 1) expect(lastStderrLine(r.stderr)).toBe(p.expected!.stderrLast);
    });
  }
});

describe('torch autograd on the engine', () => {
  beforeAll(async () => {
    await loadPython();
  });
  it('accumulates .grad over two backward calls and zero_grad resets it', () => {
    const r = run(
      'import torch\nw = torch.tensor([1.0, 2.0], requires_grad=True)\n(w * 3).sum().backward()\n(w * w).sum().backward()\nprint(w.grad.tolist())\nw.grad.zero_()\nprint(w.grad.tolist())\n',
    );
    expect(r.stdout).toBe('[5.0, 7.0]\n[0.0, 0.0]\n');
  });
  it('detach cuts the graph and no_grad records nothing', () => {
    const r = run(
      'import torch\nx = torch.tensor([2.0], requires_grad=True)\ny = x.detach() * x\ny.backward()\nprint(x.grad.item())\nwith torch.no_grad():\n    z = x * 2\nprint(z.requires_grad, z.grad_fn)\n',
    );
    expect(r.stdout).toBe('2.0\nFalse None\n');
  });
  it('a wrong custom Function backward is what .grad sees, and gradcheck catches it', () => {
    const r = run(
      [
        'import torch',
        'class Cube(torch.autograd.Function):',
        '    @staticmethod',
        '    def forward(ctx, x):',
        '        ctx.save_for_backward(x)',
        '        return x ** 3',
        '    @staticmethod',
        '    def backward(ctx, g):',
        '        x, = ctx.saved_tensors',
        '        return 2 * x * x * g',
        'x = torch.tensor([2.0], dtype=torch.float64, requires_grad=True)',
        'Cube.apply(x).backward()',
        'print(x.grad.item())',
        'print(torch.autograd.gradcheck(Cube.apply, (x,), raise_exception=False))',
      ].join('\n') + '\n',
    );
    expect(r.stdout).toBe('8.0\nFalse\n');
  });
  it('create_graph=True gives exact second derivatives in float64', () => {
    const r = run(
      [
        'import torch',
        'x = torch.tensor([0.3, -1.1, 2.5], dtype=torch.float64, requires_grad=True)',
        'g, = torch.autograd.grad((torch.sin(x) * torch.exp(x)).sum(), x, create_graph=True)',
        'h, = torch.autograd.grad(g.sum(), x)',
        'print(h.tolist())',
      ].join('\n') + '\n',
    );
    const xs = [0.3, -1.1, 2.5];
    const h = JSON.parse(r.stdout) as number[];
    // d2/dx2 sin(x) e^x = 2 cos(x) e^x
    h.forEach((v, i) => expect(v).toBeCloseTo(2 * Math.cos(xs[i]) * Math.exp(xs[i]), 12));
  });
  it('create_graph=True through an op without a second-order rule stops with an honest message', () => {
    const r = run('import torch\nx = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)\ng, = torch.autograd.grad(x.var(), x, create_graph=True)\n');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain("create_graph=True through the engine op 'variance'");
  });
  it('a write through a view reaches the base, and the base\'s gradient is the one of the written graph', () => {
    const r = run(
      [
        'import torch',
        'x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)',
        'y = x.clone()',
        'v = y[1:]',
        'v.mul_(x[:2])',
        '(y * y).sum().backward()',
        'print(y.tolist(), x.grad.tolist())',
      ].join('\n') + '\n',
    );
    // y = [x0, x1*x0, x2*x1]; d/dx of x0^2 + x0^2 x1^2 + x1^2 x2^2
    expect(r.stdout).toBe('[1.0, 2.0, 6.0] [10.0, 40.0, 24.0]\n');
  });
  it('unsupported torch names stop the run with an honest message', () => {
    const r = run('import torch\ntorch.einsum("ij->j", torch.ones(2, 2))\n');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('torch.einsum is not supported by gradlens yet');
  });
});
