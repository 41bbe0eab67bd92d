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
  it('unsupported torch names stop the run with an honest message', () => {
    const r = run('import torch\ntorch.einsum("ij->j", torch.ones(2, 2))\n');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('torch.einsum is not supported by gradlens yet');
  });
});
