// The `torch` package: torch (tensors, creation, math, grad mode), torch.autograd (grad, Function,
// gradcheck), torch.nn (+ functional, init, parameter) and torch.optim. Native parts are
// TypeScript; plain-Python parts (nn.Module and its layers, optimizers, no_grad, Function) run as
// library source in the interpreter. Any other attribute stops the run with an honest
// "torch.X is not supported by gradlens yet".
import type { Module } from '../../ir';
import { lowerSource } from '../../lower';
import { PyDict, PyList, PyTuple, tuple } from '../../runtime/collections';
import { Unsupported, pyErr } from '../../runtime/errors';
import { PyBuiltin, PyModule } from '../../runtime/functions';
import { builtinFunction, defineMethod, toNumber } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, pyFloat } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { runPythonModuleBody } from '../python-source';
import { importModule, registerModule, unsupportedAttributes } from '../registry';
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { boolArg, tensorArg, tensorList } from './args';
import { autogradGrad, backwardFrom, backwardInputs, passOptions } from './autograd';
import { creationFunctions, resetRandom, torchRandom } from './creation';
import { dtypeNames, installDTypeType, parseDType, tensorTypeName, torchDTypeType } from './dtypes';
import { where } from './elementwise';
import { functionalFunctions } from './functional';
import { functionApply, functionCalls, installFunctionCtx } from './function';
import { gradcheck, gradcheckArgs, gradcheckErrorType, gradcheckRecords } from './gradcheck';
import { inplace } from './inplace';
import { deviceType, installTensorMethods, sizeType } from './methods';
import { chunk, narrow, select, split, unbind } from './split';
import { TORCH_NN_INIT_SOURCE, TORCH_NN_SOURCE } from './nn-source';
import { TENSOR_OPS, cat, stack } from './ops';
import { TORCH_OPTIM_SOURCE } from './optim-source';
import { installReturnTypes, returnTypesType } from './reductions';
import { toIndex } from '../../runtime/native';
import { graded, parameterType, resetTorchState, tensorType, TorchTensor, torchState } from './tensor';
import { dimIndex } from './shape-ops';


function claim(m: PyModule, name: string): void {
  m.cls = unsupportedAttributes(name, 'error');
}

/** Python source run into a module, lowered once per process. */
function sourceRunner(filename: string, source: string): (m: PyModule) => void {
  let lowered: Module | null = null;
  return (m) => {
    lowered ??= lowerSource(source);
    runPythonModuleBody(m, lowered, filename);
  };
}

const GRAD_MODE_SOURCE = String.raw`
import torch


class no_grad:
    def __init__(self):
        self.prev = False

    def __enter__(self):
        self.prev = torch.is_grad_enabled()
        torch._set_grad_enabled(False)

    def __exit__(self, exc_type, exc_value, traceback):
        torch._set_grad_enabled(self.prev)

    def __call__(self, func):
        def decorate_context(*args, **kwargs):
            with no_grad():
                return func(*args, **kwargs)
        return decorate_context


class enable_grad:
    def __init__(self):
        self.prev = False

    def __enter__(self):
        self.prev = torch.is_grad_enabled()
        torch._set_grad_enabled(True)

    def __exit__(self, exc_type, exc_value, traceback):
        torch._set_grad_enabled(self.prev)

    def __call__(self, func):
        def decorate_context(*args, **kwargs):
            with enable_grad():
                return func(*args, **kwargs)
        return decorate_context


class set_grad_enabled:
    def __init__(self, mode):
        self.prev = torch.is_grad_enabled()
        self.mode = mode
        torch._set_grad_enabled(mode)

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        torch._set_grad_enabled(self.prev)


class inference_mode(no_grad):
    def __init__(self, mode=True):
        super().__init__()
`;

const FUNCTION_SOURCE = String.raw`
import torch


class Function:
    @classmethod
    def apply(cls, *args, **kwargs):
        return torch._function_apply(cls, args, kwargs)

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.")
`;

const runGradMode = sourceRunner('torch/autograd/grad_mode.py', GRAD_MODE_SOURCE);
const runFunction = sourceRunner('torch/autograd/function.py', FUNCTION_SOURCE);
const runNn = sourceRunner('torch/nn/modules.py', TORCH_NN_SOURCE);
const runInit = sourceRunner('torch/nn/init.py', TORCH_NN_INIT_SOURCE);
const runOptim = sourceRunner('torch/optim/optimizer.py', TORCH_OPTIM_SOURCE);

let installed = false;
function installTypes(): void {
  if (installed) return;
  installed = true;
  installDTypeType();
  installTensorMethods();
  installReturnTypes();
  installFunctionCtx();
  defineMethod(tensorType, 'uniform_', 'a=0.0, b=1.0, *, generator=None', (self, [a, b]) => {
    const x = self as TorchTensor;
    const lo = toNumber(a ?? 0);
    const hi = toNumber(b ?? 1);
    return inplace(x, Tensor.of(torchRandom().uniform(lo, hi, x.t.size), [...x.shape], x.dtype), 'UniformBackward0', []);
  });
  defineMethod(tensorType, 'normal_', 'mean=0.0, std=1.0, *, generator=None', (self, [m, s]) => {
    const x = self as TorchTensor;
    return inplace(x, Tensor.of(torchRandom().normal(toNumber(m ?? 0), toNumber(s ?? 1), x.t.size), [...x.shape], x.dtype), 'NormalBackward0', []);
  });
  defineMethod(tensorType, 'addcdiv_', 'tensor1, tensor2, *, value=1', (self, [a, b, v]) => {
    const x = self as TorchTensor;
    const q = TENSOR_OPS.div.impl(tensorArg(a, 'addcdiv_'), [b]) as TorchTensor;
    const scaled = TENSOR_OPS.mul.impl(q, [v ?? 1]) as TorchTensor;
    return callMethodOf(x, 'add_', [scaled]);
  });
  defineMethod(tensorType, 'conj', '', (self) => self);
}

function callMethodOf(x: TorchTensor, name: string, args: PyValue[]): PyValue {
  const m = tensorType.lookup(name)!;
  return (m as unknown as { fn: (s: PyValue, a: PyValue[], k: null) => PyValue }).fn(x, args, null);
}

function torchFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  const out: PyBuiltin[] = [];
  for (const [name, op] of Object.entries(TENSOR_OPS))
    if (!op.methodOnly) out.push(f(name, `input, ${op.spec}`.replace(/, $/, ''), ([x, ...a]) => op.impl(tensorArg(x, name), a)));
  out.push(
    f('cat', 'tensors, dim=0, *, out=None', ([ts, d]) => cat(tensorList(ts, 'cat'), toIndex(d ?? 0))),
    f('concat', 'tensors, dim=0, *, out=None', ([ts, d]) => cat(tensorList(ts, 'concat'), toIndex(d ?? 0))),
    f('stack', 'tensors, dim=0, *, out=None', ([ts, d]) => stack(tensorList(ts, 'stack'), toIndex(d ?? 0))),
    f('split', 'tensor, split_size_or_sections, dim=0', ([x, s, d]) => split(tensorArg(x, 'split', 'tensor'), s!, toIndex(d ?? 0))),
    f('chunk', 'input, chunks, dim=0', ([x, c, d]) => chunk(tensorArg(x, 'chunk'), toIndex(c!), toIndex(d ?? 0))),
    f('unbind', 'input, dim=0', ([x, d]) => unbind(tensorArg(x, 'unbind'), toIndex(d ?? 0))),
    f('narrow', 'input, dim, start, length', ([x, d, st, n]) => narrow(tensorArg(x, 'narrow'), toIndex(d!), toIndex(st!), toIndex(n!))),
    f('select', 'input, dim, index', ([x, d, i]) => select(tensorArg(x, 'select'), toIndex(d!), toIndex(i!))),
    f('where', 'condition, input=None, other=None', ([c, x, y]) => {
      if (x === undefined) throw new Unsupported('torch.where(condition) (one-argument form)');
      return where(tensorArg(c, 'where', 'condition'), x, y!);
    }),
    f('clone', 'input, *, memory_format=None', ([x]) => callMethodOf(tensorArg(x, 'clone'), 'clone', [])),
    f('numel', 'input', ([x]) => tensorArg(x, 'numel').t.size),
    f('is_tensor', 'obj', ([x]) => x instanceof TorchTensor),
    f('is_floating_point', 'input', ([x]) => tensorArg(x, 'is_floating_point').dtype.startsWith('float')),
    f('allclose', 'input, other, rtol=1e-05, atol=1e-08, equal_nan=False', ([x, y, r, a]) => {
      const p = tensorArg(x, 'allclose').t;
      const q = tensorArg(y, 'allclose', 'other').t;
      const rt = toNumber(r ?? 1e-5);
      const at = toNumber(a ?? 1e-8);
      const b = E.broadcastTo(q, E.broadcastShapes(p.shape, q.shape));
      const pb = E.broadcastTo(p, b.shape);
      return pb.data.every((v, i) => Math.abs(v - b.data[i]) <= at + rt * Math.abs(b.data[i]));
    }),
    f('equal', 'input, other', ([x, y]) => {
      const p = tensorArg(x, 'equal').t;
      const q = tensorArg(y, 'equal', 'other').t;
      return p.shape.length === q.shape.length && p.shape.every((d, i) => d === q.shape[i]) && p.data.every((v, i) => v === q.data[i]);
    }),
    f('is_grad_enabled', '', () => torchState.gradEnabled),
    f('_set_grad_enabled', 'mode', ([v]) => {
      torchState.gradEnabled = truthy(v!);
      return None;
    }),
    f('get_default_dtype', '', () => dtypeNames().find(([n]) => n === torchState.defaultFloat)![1]),
    f('set_default_dtype', 'd', ([d]) => {
      const dt = parseDType(d);
      if (dt !== 'float32' && dt !== 'float64') throw pyErr('TypeError', 'only floating-point types are supported as the default type');
      torchState.defaultFloat = dt;
      return None;
    }),
    f('typename', 'obj', ([o]) => {
      if (o instanceof TorchTensor) return tensorTypeName(o.dtype);
      const cls = (o as PyObject).cls;
      return cls.module === 'builtins' ? cls.name : `${cls.module}.${cls.qualname}`;
    }),
    f('_unsupported', 'what', ([w]) => {
      throw new Unsupported(String(w));
    }),
    f('_function_apply', 'cls, args, kwargs', ([cls, args, kwargs]) => {
      const kw = kwargs instanceof PyDict && kwargs.size > 0 ? new Map([...kwargs.map.values()].map((e) => [String(e.k), e.v])) : null;
      return functionApply(cls as PyType, (args as PyTuple).items, kw);
    }),
    f('softmax', 'input, dim, dtype=None', ([x, d]) => TENSOR_OPS.softmax.impl(tensorArg(x, 'softmax'), [dimIndex(toIndex(d!), tensorArg(x, 'softmax').t.ndim)])),
  );
  return out;
}

function fillTorch(m: PyModule): void {
  installTypes();
  resetTorchState();
  resetRandom();
  functionCalls.length = 0;
  gradcheckRecords.length = 0;
  claim(m, 'torch');
  const set = (name: string, v: PyValue): void => void m.dict!.set(name, v);
  set('__version__', '1.13.0');
  for (const fn of [...torchFunctions(), ...creationFunctions()]) set(fn.name, fn);
  for (const [name, d] of dtypeNames()) set(name, d);
  set('Tensor', tensorType);
  set('Size', sizeType);
  set('dtype', torchDTypeType);
  set('device', deviceType);
  set('return_types', returnTypesType);
  set('pi', pyFloat(Math.PI));
  set('inf', pyFloat(Infinity));
  set('nan', pyFloat(NaN));
  runGradMode(m);
  for (const sub of ['autograd', 'nn', 'optim']) importModule(`torch.${sub}`, null);
}

function fillAutograd(m: PyModule): void {
  claim(m, 'torch.autograd');
  const f = builtinFunction;
  m.dict!.set(
    'grad',
    f('grad', 'outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, allow_unused=False', ([o, i, go, rg, cg, , au]) => {
      const list = (v: PyValue | undefined): PyValue[] => (v instanceof PyTuple || v instanceof PyList ? v.items : v === undefined || v === None ? [] : [v]);
      const outs = list(o).map((x) => tensorArg(x, 'grad', 'outputs'));
      const ins = list(i).map((x) => tensorArg(x, 'grad', 'inputs'));
      return autogradGrad(outs, ins, go === undefined || go === None ? null : list(go), passOptions(rg, boolArg(cg)), boolArg(au));
    }),
  );
  m.dict!.set(
    'backward',
    f('backward', 'tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None', ([t, g, rg, cg, , inputs]) => {
      const only = backwardInputs(inputs);
      backwardFrom(tensorArg(t, 'backward', 'tensors'), g, passOptions(rg, boolArg(cg)), only);
      return None;
    }),
  );
  m.dict!.set(
    'gradcheck',
    new PyBuiltin('gradcheck', (args, kwargs) => {
      const func = args[0] ?? kwargs?.get('func');
      const inputs = args[1] ?? kwargs?.get('inputs');
      if (func === undefined || inputs === undefined) throw pyErr('TypeError', "gradcheck() missing required argument 'inputs'");
      const o = gradcheckArgs(kwargs);
      return gradcheck(func, inputs, o.eps, o.atol, o.rtol, o.raise);
    }),
  );
  m.dict!.set('GradcheckError', gradcheckErrorType);
  runFunction(m);
  const gm = importModule('torch', null);
  for (const n of ['no_grad', 'enable_grad', 'set_grad_enabled']) m.dict!.set(n, gm.dict!.get(n)!);
}

registerModule('torch', fillTorch);
registerModule('torch.autograd', fillAutograd);
registerModule('torch.autograd.function', (m) => {
  m.dict!.set('Function', importModule('torch.autograd', null).dict!.get('Function')!);
});
registerModule('torch.nn.parameter', (m) => {
  m.dict!.set('Parameter', parameterType);
});
registerModule('torch.nn.functional', (m) => {
  claim(m, 'torch.nn.functional');
  for (const fn of functionalFunctions()) m.dict!.set(fn.name, fn);
});
registerModule('torch.nn.init', (m) => {
  claim(m, 'torch.nn.init');
  runInit(m);
});
registerModule('torch.nn', (m) => {
  claim(m, 'torch.nn');
  m.dict!.set('Parameter', parameterType);
  importModule('torch.nn.parameter', null);
  importModule('torch.nn.functional', null);
  importModule('torch.nn.init', null);
  runNn(m);
});
registerModule('torch.optim', (m) => {
  claim(m, 'torch.optim');
  runOptim(m);
});

export { graded, tuple };
