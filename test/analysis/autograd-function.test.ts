// The autograd-function check: a torch.autograd.Function's backward against the gradient of its
// forward, on the calls the program made; and gradcheck's verdict carried into the editor.
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, run } from './helpers';

beforeAll(ready);

const swish = (gradLine: string): string => `import torch

class Swish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(x, s)
        return x * s

    @staticmethod
    def backward(ctx, grad_output):
        x, s = ctx.saved_tensors
        ${gradLine}
        return grad_x

x = torch.tensor([[0.5, -1.0, 2.0], [1.5, -0.3, 0.7]], requires_grad=True)
loss = Swish.apply(x).sum()
loss.backward()
`;
const RIGHT = 'grad_x = grad_output * s * (1 + x * (1 - s))';
const WRONG = 'grad_x = grad_output * s * (1 + x * (1 + s))';

const clamp = (mask: string, tail: string): string => `import torch

class Clamp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lo, hi):
        ctx.save_for_backward(x)
        ctx.lo, ctx.hi = lo, hi
        return x.clamp(lo, hi)

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        mask = ${mask}
        return g * mask, None, None

x = torch.tensor([-2.0, -0.5, 0.25, 0.9, 3.0], dtype=torch.float64, requires_grad=True)
${tail}
`;

describe('autograd-function check', () => {
  it('a right backward passes, judged on every element in float64', () => {
    const r = run(swish(RIGHT));
    const c = r.checks.filter((x) => x.kind === 'autograd-function');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ function: 'Swish.backward', wrt: 'x', status: 'pass', mismatched: 0, total: 6 });
    expect(r.diagnostics.filter((d) => d.code === 'gradient-mismatch')).toEqual([]);
  });

  it('a wrong backward: mismatch on the line that binds the returned gradient', () => {
    const r = run(swish(WRONG));
    const c = r.checks.find((x) => x.kind === 'autograd-function');
    expect(c).toMatchObject({ function: 'Swish.backward', status: 'mismatch', line: 13 });
    const d = r.diagnostics.find((x) => x.code === 'gradient-mismatch');
    expect(d).toMatchObject({ severity: 'error', line: 13 });
    expect(d?.message).toContain('grad_x (returned by Swish.backward) is not the gradient of Swish.forward w.r.t. x');
    // the finite differences agree with the exact gradient, not with the user's
    expect(Math.abs(c!.numeric - c!.autograd)).toBeLessThan(1e-6);
    expect(Math.abs(c!.analytic - c!.autograd)).toBeGreaterThan(1e-3);
  });

  it('a returned expression (no name): the diagnostic is on the return line; None for a non-tensor input', () => {
    const src = clamp('(x >= ctx.lo).double()', 'y = Clamp.apply(x, -1.0, 1.0)\n(y * y).sum().backward()');
    const r = run(src);
    const c = r.checks.filter((x) => x.kind === 'autograd-function');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ function: 'Clamp.backward', status: 'mismatch', line: 14 });
    expect(r.diagnostics.find((d) => d.code === 'gradient-mismatch')?.line).toBe(14);
  });

  it('the clamp with both bounds in its mask passes', () => {
    const src = clamp('((x >= ctx.lo) & (x <= ctx.hi)).double()', 'y = Clamp.apply(x, -1.0, 1.0)\n(y * y).sum().backward()');
    const c = run(src).checks.filter((x) => x.kind === 'autograd-function');
    expect(c.map((x) => x.status)).toEqual(['pass']);
  });

  it('checks the inputs as they were at the call, not after an optimizer changed them', () => {
    const src = swish(WRONG.replace('(1 + s)', '(1 - s) * (x.abs() < 1.0).double() + x * (1 - s) * (x.abs() >= 1.0).double() * 0 + 0 * s')) + 'with torch.no_grad():\n    x.mul_(0.0)\n';
    // right for |x| < 1 only: the call's inputs include |x| >= 1, where it is wrong
    const c = run(src).checks.find((x) => x.kind === 'autograd-function');
    expect(c?.status).toBe('mismatch');
  });
});

const sinCos = (gradLine: string, tail: string): string => `import torch

class SinCos(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        idx = x.argmax()
        ctx.mark_non_differentiable(idx)
        return torch.sin(x) * w, torch.cos(x) * w, idx

    @staticmethod
    def backward(ctx, gs, gc, gidx):
        x, w = ctx.saved_tensors
        ${gradLine}
        gw = (gs * torch.sin(x) + gc * torch.cos(x)).sum()
        return gx, gw

x = torch.tensor([0.3, -1.2, 2.0], requires_grad=True)
w = torch.tensor(1.5, requires_grad=True)
${tail}
`;
const SINCOS_RIGHT = 'gx = (gs * torch.cos(x) - gc * torch.sin(x)) * w';
const SINCOS_SWAPPED = 'gx = (gc * torch.cos(x) - gs * torch.sin(x)) * w';

describe('autograd-function check: Functions with several outputs', () => {
  it('compares each input gradient with the exact gradient of sum_k <upstream_k, output_k>', () => {
    const r = run(sinCos(SINCOS_RIGHT, 's, c, i = SinCos.apply(x, w)\n(s * c).sum().backward()'));
    const c = r.checks.filter((x) => x.kind === 'autograd-function');
    expect(c.map((x) => [x.wrt, x.status])).toEqual([
      ['x', 'pass'],
      ['w', 'pass'],
    ]);
  });

  it('a backward that swaps the outputs\' gradients is a mismatch on its line, even when only one output is used', () => {
    const r = run(sinCos(SINCOS_SWAPPED, 's, c, i = SinCos.apply(x, w)\ns.sum().backward()'));
    const c = r.checks.filter((x) => x.kind === 'autograd-function');
    expect(c).toEqual([expect.objectContaining({ function: 'SinCos.backward', wrt: 'x', status: 'mismatch', line: 14 })]);
    expect(r.diagnostics.find((d) => d.code === 'gradient-mismatch')?.message).toContain('gx (returned by SinCos.backward) is not the gradient of SinCos.forward w.r.t. x');
  });

  it('the program sees the same wrong gradient through .grad as the check does', () => {
    const r = run(sinCos(SINCOS_SWAPPED, 's, c, i = SinCos.apply(x, w)\nc.sum().backward()\nprint(x.grad)'));
    // backward(gs=0, gc=1): gx = w cos(x) (the right one is -w sin(x))
    expect(r.stdout).toBe('tensor([ 1.4330,  0.5435, -0.6242])\n');
  });
});

describe('gradcheck agreement', () => {
  const program = (gradLine: string): string =>
    swish(gradLine) + 'xd = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)\nok = torch.autograd.gradcheck(Swish.apply, (xd,), raise_exception=False)\nprint(ok)\n';

  it('gradcheck True: the editor says pass', () => {
    const r = run(program(RIGHT));
    expect(r.stdout).toBe('True\n');
    const g = r.checks.filter((x) => x.kind === 'autograd-function' && x.total === 9);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ status: 'pass', rtol: 1e-3, atol: 1e-5 });
  });

  it('gradcheck False: the editor says mismatch, with worst entry, values and tolerance', () => {
    const r = run(program(WRONG));
    expect(r.stdout).toBe('False\n');
    const g = r.checks.find((x) => x.kind === 'autograd-function' && x.total === 9);
    expect(g).toMatchObject({ status: 'mismatch', function: 'Swish.backward', line: 13, rtol: 1e-3, atol: 1e-5 });
    // the worst entry is on the Jacobian's diagonal (swish is element-wise)
    expect(g!.worstIndex[0]).toBe(g!.worstIndex[1]);
    expect(Math.abs(g!.numeric - g!.autograd)).toBeLessThan(1e-6);
    const d = r.diagnostics.find((x) => x.message.startsWith('torch.autograd.gradcheck (line 20) fails'));
    expect(d).toMatchObject({ line: 13, severity: 'error' });
    expect(d?.message).toMatch(/from backward, numerical -?\d.*exact -?\d.*tolerance \|analytical - numerical\| <= 0\.00001 \+ 0\.001/);
  });

  it('a raising gradcheck gives the runtime error at the call and the verdict on backward', () => {
    const r = run(swish(WRONG) + 'xd = torch.tensor([0.3, 2.0], dtype=torch.float64, requires_grad=True)\ntorch.autograd.gradcheck(Swish.apply, (xd,))\n');
    expect(r.diagnostics.find((d) => d.code === 'runtime-error')).toMatchObject({ line: 20 });
    expect(r.diagnostics.find((d) => d.code === 'runtime-error')?.message).toMatch(/^GradcheckError: Jacobian mismatch for output 0 with respect to input 0/);
    expect(r.checks.find((x) => x.kind === 'autograd-function' && x.total === 4)?.status).toBe('mismatch');
  });

  it('gradcheck of plain torch code (no Function) passes and is reported at the call', () => {
    const r = run('import torch\nx = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)\nprint(torch.autograd.gradcheck(lambda t: (t * t).exp(), (x,)))\n');
    expect(r.stdout).toBe('True\n');
    expect(r.checks).toEqual([expect.objectContaining({ kind: 'autograd-function', function: 'torch.autograd.gradcheck', status: 'pass', line: 3 })]);
  });
});
