import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/python/parse';
import { as, at, lowerProgram, onlyExpr, onlyStmt, shape } from './lower-helpers';

beforeAll(async () => {
  await loadParser();
});

describe('spans', () => {
  it('gives names, operators and calls their line and UTF-16 columns', () => {
    const module = lowerProgram('x = 1\nloss = (w * x + b) ** 2\nprint(f(loss), end="")\n');
    const assign = as(module.body[1], 'Assign');
    expect(at(assign.span)).toBe('2:0-2:23');
    expect(at(assign.targets[0].span)).toBe('2:0-2:4');
    const power = as(assign.value, 'BinOp');
    expect(power.op).toBe('**');
    expect(at(power.opSpan)).toBe('2:19-2:21');
    // a parenthesised expression keeps the inner span, as in CPython's ast
    const sum = as(power.left, 'BinOp');
    expect(at(sum.span)).toBe('2:8-2:17');
    expect(at(sum.opSpan)).toBe('2:14-2:15');
    const product = as(sum.left, 'BinOp');
    expect(at(as(product.left, 'Name').span)).toBe('2:8-2:9');
    const call = as(as(module.body[2], 'ExprStmt').value, 'Call');
    expect(at(call.span)).toBe('3:0-3:22');
    expect(at(call.args[0].span)).toBe('3:6-3:13');
    expect(at(as(call.args[1], 'Keyword').span)).toBe('3:15-3:21');
  });

  it('counts columns in UTF-16 code units after non-ASCII text', () => {
    const module = lowerProgram('s = "ü😀"; y = s + t\n');
    const second = as(module.body[1], 'Assign');
    // "ü" is one unit, "😀" two: y sits at column 11
    expect(at(second.targets[0].span)).toBe('1:11-1:12');
    expect(as(as(module.body[0], 'Assign').value, 'Str').value).toBe('ü😀');
  });

  it('spans multi-line statements and attribute names', () => {
    const stmt = as(onlyStmt('self.w = (a +\n          b)\n'), 'Assign');
    const target = as(stmt.targets[0], 'AttributeTarget');
    expect(target.attr).toBe('w');
    expect(at(target.attrSpan)).toBe('1:5-1:6');
    expect(at(stmt.span)).toBe('1:0-2:12');
  });
});

describe('statements', () => {
  it('lowers chained and unpacking assignments', () => {
    const stmt = as(onlyStmt('a = b, *c = d\n'), 'Assign');
    expect(shape(stmt)).toEqual({
      kind: 'Assign',
      targets: [
        { kind: 'NameTarget', id: 'a' },
        { kind: 'SequenceTarget', brackets: 'none', elts: [{ kind: 'NameTarget', id: 'b' }, { kind: 'StarredTarget', value: { kind: 'NameTarget', id: 'c' } }] },
      ],
      value: { kind: 'Name', id: 'd' },
    });
  });

  it('keeps (a) = 1 a plain name target and [a, (b, c)] nested sequences', () => {
    expect(shape(as(onlyStmt('(a) = 1\n'), 'Assign').targets)).toEqual([{ kind: 'NameTarget', id: 'a' }]);
    const target = as(onlyStmt('[a, (b, c)] = v\n'), 'Assign').targets[0];
    expect(shape(target)).toEqual({
      kind: 'SequenceTarget', brackets: 'square', elts: [
        { kind: 'NameTarget', id: 'a' },
        { kind: 'SequenceTarget', brackets: 'paren', elts: [{ kind: 'NameTarget', id: 'b' }, { kind: 'NameTarget', id: 'c' }] },
      ],
    });
  });

  it('lowers augmented assignment through a subscript with its operator span', () => {
    const stmt = as(onlyStmt('dW[:, j] += x @ y\n'), 'AugAssign');
    expect(stmt.op).toBe('+');
    expect(at(stmt.opSpan)).toBe('1:9-1:11');
    const target = as(stmt.target, 'SubscriptTarget');
    expect(shape(target.index)).toEqual({ kind: 'Tuple', elts: [{ kind: 'Slice', lower: null, upper: null, step: null }, { kind: 'Name', id: 'j' }] });
    expect(as(stmt.value, 'BinOp').op).toBe('@');
  });

  it('lowers annotated assignments', () => {
    const stmt = as(onlyStmt('x: list[int] = []\n'), 'AnnAssign');
    expect(stmt.simple).toBe(true);
    expect(shape(stmt.annotation)).toEqual({ kind: 'Subscript', value: { kind: 'Name', id: 'list' }, index: { kind: 'Name', id: 'int' } });
    expect(shape(as(onlyStmt('self.n: int\n'), 'AnnAssign').value)).toBe(null);
  });

  it('nests elif chains into orelse', () => {
    const stmt = as(onlyStmt('if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n'), 'If');
    const elif = as(stmt.orelse[0], 'If');
    expect(shape(elif.test)).toEqual({ kind: 'Name', id: 'b' });
    expect(at(elif.span)).toBe('3:0-6:9');
    expect(shape(elif.orelse)).toEqual([{ kind: 'Assign', targets: [{ kind: 'NameTarget', id: 'x' }], value: { kind: 'Int', value: 3 } }]);
  });

  it('lowers loops with else, break and continue', () => {
    const module = lowerProgram('for i, (a, b) in enumerate(z):\n    if a: break\n    continue\nelse:\n    pass\nwhile n > 0:\n    n -= 1\n');
    const loop = as(module.body[0], 'For');
    expect(as(loop.target, 'SequenceTarget').elts.map((e) => e.kind)).toEqual(['NameTarget', 'SequenceTarget']);
    expect(loop.body.map((s) => s.kind)).toEqual(['If', 'Continue']);
    expect(loop.orelse.map((s) => s.kind)).toEqual(['Pass']);
    expect(as(module.body[1], 'While').body.map((s) => s.kind)).toEqual(['AugAssign']);
  });

  it('lowers try/except/else/finally with named handlers and raise from', () => {
    const stmt = as(onlyStmt('try:\n    f()\nexcept (KeyError, IndexError) as e:\n    raise ValueError("x") from e\nexcept Exception:\n    raise\nexcept:\n    pass\nelse:\n    g()\nfinally:\n    h()\n'), 'Try');
    expect(stmt.handlers.map((h) => h.name)).toEqual(['e', null, null]);
    expect(at(stmt.handlers[0].nameSpan!)).toBe('3:33-3:34');
    expect(as(stmt.handlers[0].type!, 'Tuple').elts.length).toBe(2);
    expect(stmt.handlers[2].type).toBe(null);
    const raise = as(stmt.handlers[0].body[0], 'Raise');
    expect(shape(raise.cause)).toEqual({ kind: 'Name', id: 'e' });
    expect(as(stmt.handlers[1].body[0], 'Raise').exc).toBe(null);
    expect(stmt.orelse.length).toBe(1);
    expect(stmt.finalbody.length).toBe(1);
  });

  it('lowers with items, assert, del, global, nonlocal and imports', () => {
    const module = lowerProgram([
      'with torch.no_grad(), open(p) as (f, g):', '    pass',
      'assert x > 0, "positive"', 'del a[0], b.c', 'import numpy as np, os.path', 'from ..m.n import (a as b, c)', 'from m import *',
      'def f():', '    global G', '    def g():', '        nonlocal h', '    h = 1',
    ].join('\n') + '\n');
    const withStmt = as(module.body[0], 'With');
    expect(withStmt.items.map((i) => i.optionalVars?.kind ?? null)).toEqual([null, 'SequenceTarget']);
    expect(shape(as(module.body[1], 'Assert').msg)).toEqual({ kind: 'Str', value: 'positive' });
    expect(as(module.body[2], 'Delete').targets.map((t) => t.kind)).toEqual(['SubscriptTarget', 'AttributeTarget']);
    expect(shape(as(module.body[3], 'Import').names)).toEqual([{ name: 'numpy', asname: 'np' }, { name: 'os.path', asname: null }]);
    expect(shape(module.body[4])).toEqual({ kind: 'ImportFrom', module: 'm.n', level: 2, names: [{ name: 'a', asname: 'b' }, { name: 'c', asname: null }] });
    expect(shape(as(module.body[5], 'ImportFrom').names)).toEqual([{ name: '*', asname: null }]);
    const f = as(module.body[6], 'FunctionDef');
    expect(shape(f.body[0])).toEqual({ kind: 'Global', names: ['G'] });
    expect(shape(as(f.body[1], 'FunctionDef').body[0])).toEqual({ kind: 'Nonlocal', names: ['h'] });
  });

  it('lowers functions: parameters, defaults, annotations, decorators, docstrings, generators', () => {
    const fn = as(onlyStmt('@staticmethod\n@cache(1)\ndef f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> float:\n    """Doc."""\n    yield a\n'), 'FunctionDef');
    expect(at(fn.span)).toBe('3:0-5:11');
    expect(fn.decorators.map((d) => d.kind)).toEqual(['Name', 'Call']);
    expect(fn.params.posonly.map((p) => p.name)).toEqual(['a', 'b']);
    expect(fn.params.args.map((p) => p.name)).toEqual(['c']);
    expect(fn.params.vararg?.name).toBe('args');
    expect(fn.params.kwonly.map((p) => [p.name, p.default?.kind ?? null])).toEqual([['d', null], ['e', 'Int']]);
    expect(fn.params.kwarg?.name).toBe('kw');
    expect(shape(fn.params.posonly[1].annotation)).toEqual({ kind: 'Name', id: 'int' });
    expect(shape(fn.returns)).toEqual({ kind: 'Name', id: 'float' });
    expect(fn.docstring).toBe('Doc.');
    expect(fn.scope.isGenerator).toBe(true);
    expect(fn.scope.qualname).toBe('f');
  });

  it('lowers classes with bases and methods', () => {
    const cls = as(onlyStmt('class Value(Base, *mixins):\n    def __add__(self, other):\n        return Value(self.data + other.data)\n'), 'ClassDef');
    expect(cls.bases.map((b) => b.kind)).toEqual(['Name', 'Starred']);
    const method = as(cls.body[0], 'FunctionDef');
    expect(method.scope.qualname).toBe('Value.__add__');
  });
});

describe('expressions', () => {
  it('flattens boolean chains and keeps comparison chains', () => {
    expect(shape(onlyExpr('a and b and c or d\n'))).toEqual({
      kind: 'BoolOp', op: 'or', values: [
        { kind: 'BoolOp', op: 'and', values: [{ kind: 'Name', id: 'a' }, { kind: 'Name', id: 'b' }, { kind: 'Name', id: 'c' }] },
        { kind: 'Name', id: 'd' },
      ],
    });
    const compare = as(onlyExpr('0 < x <= 1 is not None not in y\n'), 'Compare');
    expect(compare.ops).toEqual(['<', '<=', 'is not', 'not in']);
    expect(compare.comparators.length).toBe(4);
    expect(compare.opSpans.map(at)).toEqual(['1:2-1:3', '1:6-1:8', '1:11-1:17', '1:23-1:29']);
  });

  it('respects precedence: -2 ** 2 is -(2 ** 2), not a is a unary not', () => {
    expect(shape(onlyExpr('-2 ** 2\n'))).toEqual({
      kind: 'UnaryOp', op: '-', operand: { kind: 'BinOp', op: '**', left: { kind: 'Int', value: 2 }, right: { kind: 'Int', value: 2 } },
    });
    expect(shape(onlyExpr('not a == b\n'))).toEqual({
      kind: 'UnaryOp', op: 'not', operand: { kind: 'Compare', left: { kind: 'Name', id: 'a' }, ops: ['=='], comparators: [{ kind: 'Name', id: 'b' }] },
    });
  });

  it('decodes number literals', () => {
    const tuple = as(onlyExpr('0x1F, 0o17, 0b101, 1_000, 2**0, 12345678901234567890, 1.5e-3, 1., .5, 1_0.2_5\n'), 'Tuple');
    expect(shape(tuple.elts)).toEqual([
      { kind: 'Int', value: 31 }, { kind: 'Int', value: 15 }, { kind: 'Int', value: 5 }, { kind: 'Int', value: 1000 },
      { kind: 'BinOp', op: '**', left: { kind: 'Int', value: 2 }, right: { kind: 'Int', value: 0 } },
      { kind: 'Int', value: '12345678901234567890n' }, { kind: 'Float', value: 0.0015 }, { kind: 'Float', value: 1 },
      { kind: 'Float', value: 0.5 }, { kind: 'Float', value: 10.25 },
    ]);
  });

  it('decodes string literals, escapes, raw strings and implicit concatenation', () => {
    expect(shape(onlyExpr(String.raw`'a\tb\n' "c\x41\u00e9\101" r'\n' '''x''' "\q"` + '\n'))).toEqual({
      kind: 'Str', value: 'a\tb\ncAéA\\nx\\q',
    });
    expect(shape(onlyExpr('"""line1\nline2 \\\ncontinued"""\n'))).toEqual({ kind: 'Str', value: 'line1\nline2 continued' });
  });

  it('lowers f-strings with conversions, nested specs, debug fields and escaped braces', () => {
    const fstring = as(onlyExpr('f"{{x}} = {x!r:>{width}.{prec}f} {y=} {z = !s}" "tail"\n'), 'FString');
    expect(shape(fstring.parts)).toEqual([
      { kind: 'Literal', value: '{x} = ' },
      {
        kind: 'Field', value: { kind: 'Name', id: 'x' }, conversion: 'r', spec: [
          { kind: 'Literal', value: '>' },
          { kind: 'Field', value: { kind: 'Name', id: 'width' }, conversion: null, spec: null },
          { kind: 'Literal', value: '.' },
          { kind: 'Field', value: { kind: 'Name', id: 'prec' }, conversion: null, spec: null },
          { kind: 'Literal', value: 'f' },
        ],
      },
      { kind: 'Literal', value: ' ' },
      { kind: 'Field', value: { kind: 'Name', id: 'y' }, conversion: null, spec: null, debugText: 'y=' },
      { kind: 'Literal', value: ' ' },
      { kind: 'Field', value: { kind: 'Name', id: 'z' }, conversion: 's', spec: null, debugText: 'z = ' },
      { kind: 'Literal', value: 'tail' },
    ]);
    expect(shape(onlyExpr('f"{x:.4f}"\n'))).toEqual({
      kind: 'FString', parts: [{ kind: 'Field', value: { kind: 'Name', id: 'x' }, conversion: null, spec: [{ kind: 'Literal', value: '.4f' }] }],
    });
  });

  it('lowers subscripts, slices, starred and dict unpacking', () => {
    expect(shape(onlyExpr('x[1:2, ::-1, ..., None]\n'))).toEqual({
      kind: 'Subscript', value: { kind: 'Name', id: 'x' }, index: {
        kind: 'Tuple', elts: [
          { kind: 'Slice', lower: { kind: 'Int', value: 1 }, upper: { kind: 'Int', value: 2 }, step: null },
          { kind: 'Slice', lower: null, upper: null, step: { kind: 'UnaryOp', op: '-', operand: { kind: 'Int', value: 1 } } },
          { kind: 'Ellipsis' }, { kind: 'None' },
        ],
      },
    });
    expect(shape(as(onlyExpr('x[i,]\n'), 'Subscript').index)).toEqual({ kind: 'Tuple', elts: [{ kind: 'Name', id: 'i' }] });
    expect(shape(onlyExpr('[*a, b]\n'))).toEqual({ kind: 'List', elts: [{ kind: 'Starred', value: { kind: 'Name', id: 'a' } }, { kind: 'Name', id: 'b' }] });
    expect(shape(onlyExpr('{**a, "k": 1}\n'))).toEqual({
      kind: 'Dict', items: [{ kind: 'Unpack', value: { kind: 'Name', id: 'a' } }, { kind: 'Pair', key: { kind: 'Str', value: 'k' }, value: { kind: 'Int', value: 1 } }],
    });
    expect(shape(onlyExpr('{1, 2}\n'))).toEqual({ kind: 'Set', elts: [{ kind: 'Int', value: 1 }, { kind: 'Int', value: 2 }] });
    expect(shape(onlyExpr('()\n'))).toEqual({ kind: 'Tuple', elts: [] });
  });

  it('lowers call arguments in source order', () => {
    const call = as(onlyExpr('f(a, *b, c=1, **d)\n'), 'Call');
    expect(call.args.map((a) => a.kind)).toEqual(['Positional', 'Star', 'Keyword', 'DoubleStar']);
    const genCall = as(onlyExpr('sum(x * x for x in xs)\n'), 'Call');
    expect(as(genCall.args[0].value, 'GeneratorExp').generators.length).toBe(1);
  });

  it('lowers comprehensions, lambdas, conditional and walrus expressions', () => {
    const comp = as(onlyExpr('[i * j for i in a if i for j in b if j > i if j]\n'), 'ListComp');
    expect(comp.generators.map((g) => g.ifs.length)).toEqual([1, 2]);
    const dict = as(onlyExpr('{k: v for k, v in d.items()}\n'), 'DictComp');
    expect(dict.generators[0].target.kind).toBe('SequenceTarget');
    const lambda = as(onlyExpr('lambda x, *, k=2: x if k else -x\n'), 'Lambda');
    expect(lambda.params.kwonly.map((p) => p.name)).toEqual(['k']);
    expect(lambda.body.kind).toBe('IfExp');
    const walrus = as(onlyExpr('(n := len(a))\n'), 'NamedExpr');
    expect(walrus.target.id).toBe('n');
  });

  it('lowers yield and yield from', () => {
    const fn = as(onlyStmt('def g():\n    x = yield\n    yield from range(3)\n'), 'FunctionDef');
    expect(shape(as(fn.body[0], 'Assign').value)).toEqual({ kind: 'Yield', value: null });
    expect(as(as(fn.body[1], 'ExprStmt').value, 'YieldFrom').value.kind).toBe('Call');
  });
});

describe('unsupported constructs parse and lower to Unsupported nodes at their line', () => {
  it.each([
    ['match x:\n    case 1:\n        pass\n', 'the match statement'],
    ['async def f():\n    await g()\n', 'async def'],
    ['try:\n    pass\nexcept* E:\n    pass\n', 'except* (exception groups)'],
  ])('%j', (source, what) => {
    const stmt = as(onlyStmt(source), 'Unsupported');
    expect(stmt.what).toBe(what);
    expect(stmt.span.line).toBe(1);
  });
  it.each([
    ['x = 1j\n', 'complex numbers'],
    ['x = b"abc"\n', 'bytes literals'],
    ['x = "\\N{BULLET}"\n', '\\N{...} escapes in string literals'],
  ])('%j', (source, what) => {
    const value = as(onlyStmt(source), 'Assign').value;
    expect(shape(value)).toEqual({ kind: 'Unsupported', what });
  });
  it('keeps the rest of the module after an unsupported statement', () => {
    const module = lowerProgram('x = 1\nmatch x:\n    case _:\n        pass\ny = 2\n');
    expect(module.body.map((s) => s.kind)).toEqual(['Assign', 'Unsupported', 'Assign']);
    expect(module.body[1].span.line).toBe(2);
  });
});

describe('directives', () => {
  it('parses # gradlens: comments into statements on the comment line', () => {
    const module = lowerProgram('def f(a):\n    return a\n# gradlens: out = f(np.ones(3))\n  #   gradlens:  print(out); y = 2\n# not a directive\n');
    expect(module.directives.map((d) => d.source)).toEqual(['out = f(np.ones(3))', 'print(out); y = 2']);
    const first = as(module.directives[0].body[0], 'Assign');
    expect(at(first.span)).toBe('3:12-3:31');
    expect(at(first.targets[0].span)).toBe('3:12-3:15');
    expect(at(as(first.value, 'Call').span)).toBe('3:18-3:31');
    expect(module.directives[1].body.map((s) => s.kind)).toEqual(['ExprStmt', 'Assign']);
    expect(at(module.directives[1].body[1].span)).toBe('4:29-4:34');
    expect(module.body.length).toBe(1);
  });

  it('reports a broken directive on the directive without failing the module', () => {
    const module = lowerProgram('x = 1\n# gradlens: y = (x +\n');
    expect(module.body.length).toBe(1);
    const directive = module.directives[0];
    expect(directive.body).toEqual([]);
    expect(directive.error).toEqual({ pyType: 'SyntaxError', message: "'(' was never closed", span: { line: 2, col: 16, endLine: 2, endCol: 16 } });
  });

  it('directive names resolve as module globals', () => {
    const module = lowerProgram('# gradlens: z = w\n');
    const assign = as(module.directives[0].body[0], 'Assign');
    expect(as(assign.targets[0], 'NameTarget').resolution).toBe('global-implicit');
  });
});
