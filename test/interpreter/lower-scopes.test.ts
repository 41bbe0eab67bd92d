import { beforeAll, describe, expect, it } from 'vitest';
import type { Expr, Module, Name, NameTarget, Scope, Stmt } from '../../src/python/ir';
import { loadParser } from '../../src/python/parse';
import { as, lowerProgram, onlyStmt } from './lower-helpers';

beforeAll(async () => {
  await loadParser();
});

/** Every Name/NameTarget in the module with its resolution, as "id@line:col=resolution". */
function resolutions(module: Module): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const node = value as { kind?: string };
    if (node.kind === 'Name' || node.kind === 'NameTarget') {
      const n = node as Name | NameTarget;
      out.push(`${n.id}@${n.span.line}:${n.span.col}=${n.resolution}`);
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(module.body);
  return out.sort();
}

function table(scope: Scope): Pick<Scope, 'locals' | 'globals' | 'nonlocals' | 'free' | 'cells'> {
  return { locals: scope.locals, globals: scope.globals, nonlocals: scope.nonlocals, free: [...scope.free].sort(), cells: [...scope.cells].sort() };
}

function fn(stmt: Stmt) {
  return as(stmt, 'FunctionDef');
}

describe('scopes (like CPython symtable)', () => {
  it('finds locals, cells and free variables of closures', () => {
    const outer = fn(onlyStmt([
      'def outer(x, *args, k=1, **kw):',
      '    total = 0',
      '    def inner(y):',
      '        nonlocal total',
      '        total += y * x',
      '        return [v for v in args if v > total]',
      '    return inner',
    ].join('\n') + '\n'));
    expect(table(outer.scope)).toEqual({ locals: ['x', 'args', 'k', 'kw', 'total', 'inner'], globals: [], nonlocals: [], free: [], cells: ['args', 'total', 'x'] });
    const inner = fn(outer.body[1]);
    expect(inner.scope.qualname).toBe('outer.<locals>.inner');
    expect(table(inner.scope)).toEqual({ locals: ['y'], globals: [], nonlocals: ['total'], free: ['args', 'total', 'x'], cells: [] });
    const comp = as(as(inner.body[2], 'Return').value!, 'ListComp');
    expect(comp.scope.qualname).toBe('outer.<locals>.inner.<locals>.<listcomp>');
    expect(table(comp.scope)).toEqual({ locals: ['v'], globals: [], nonlocals: [], free: ['total'], cells: [] });
  });

  it('resolves every name: local, cell, free, explicit and implicit global', () => {
    const module = lowerProgram([
      'G = 1',
      'def f(a):',
      '    global G',
      '    G = a + len(a)',
      '    b = 2',
      '    return lambda: b',
    ].join('\n') + '\n');
    expect(resolutions(module)).toEqual([
      'G@1:0=global-implicit', 'G@4:4=global-explicit', 'a@4:16=local', 'a@4:8=local', 'b@5:4=cell', 'b@6:19=free', 'len@4:12=global-implicit',
    ].sort());
  });

  it('a name assigned anywhere in a function is local everywhere in it (UnboundLocalError territory)', () => {
    const module = lowerProgram('x = 1\ndef f():\n    print(x)\n    x = 2\n');
    expect(resolutions(module)).toContain('x@3:10=local');
    expect(resolutions(module)).toContain('print@3:4=global-implicit');
  });

  it('class bodies are not visible from methods; class-level names resolve as class locals', () => {
    const module = lowerProgram('def make(n):\n    class A:\n        size = n\n        def get(self):\n            return size, n\n    return A\n');
    const names = resolutions(module);
    expect(names).toContain('size@3:8=class-local');
    expect(names).toContain('n@3:15=free');
    expect(names).toContain('size@5:19=global-implicit');
    expect(names).toContain('n@5:25=free');
    const make = fn(module.body[0]);
    expect(make.scope.cells).toEqual(['n']);
    const cls = as(make.body[0], 'ClassDef');
    expect(cls.scope.qualname).toBe('make.<locals>.A');
    expect(fn(cls.body[1]).scope.qualname).toBe('make.<locals>.A.get');
  });

  it('marks super() users so the class cell exists', () => {
    const cls = as(onlyStmt('class B(A):\n    def __init__(self):\n        super().__init__()\n    def plain(self):\n        pass\n'), 'ClassDef');
    expect(fn(cls.body[0]).scope.usesClassCell).toBe(true);
    expect(fn(cls.body[0]).scope.free).toEqual(['__class__']);
    expect(fn(cls.body[1]).scope.usesClassCell).toBe(false);
    expect(cls.scope.cells).toEqual(['__class__']);
  });

  it('evaluates the first comprehension iterable in the enclosing scope', () => {
    const f = fn(onlyStmt('def f(xs, ys):\n    return [x + y for x in xs for y in ys]\n'));
    const comp = as(as(f.body[0], 'Return').value!, 'ListComp');
    expect(as(comp.generators[0].iter, 'Name').resolution).toBe('local');
    expect(as(comp.generators[1].iter, 'Name').resolution).toBe('free');
    expect(f.scope.cells).toEqual(['ys']);
  });

  it('binds walrus targets inside comprehensions in the enclosing function', () => {
    const f = fn(onlyStmt('def f(a):\n    if any((last := v) > 0 for v in a):\n        return last\n'));
    expect(f.scope.locals).toContain('last');
    expect(f.scope.cells).toEqual(['last']);
    const ifStmt = as(f.body[0], 'If');
    const genexp = as(as(ifStmt.test, 'Call').args[0].value, 'GeneratorExp');
    expect(genexp.scope.isGenerator).toBe(true);
    expect(genexp.scope.free).toEqual(['last']);
    const walrusAtModule = lowerProgram('ys = [(t := x) for x in range(3)]\n');
    const comp = as(as(walrusAtModule.body[0], 'Assign').value, 'ListComp');
    expect(comp.scope.globals).toEqual(['t']);
    expect(as(comp.elt, 'NamedExpr').target.resolution).toBe('global-explicit');
  });

  it('gives lambdas and generator functions their flags and qualnames', () => {
    const module = lowerProgram('f = lambda x: (yield x)\ndef g():\n    h = lambda: 0\n    return h\n');
    const lambda = as(as(module.body[0], 'Assign').value, 'Lambda');
    expect(lambda.scope.qualname).toBe('<lambda>');
    expect(lambda.scope.isGenerator).toBe(true);
    const inner = as(as(fn(module.body[1]).body[0], 'Assign').value as Expr, 'Lambda');
    expect(inner.scope.qualname).toBe('g.<locals>.<lambda>');
    expect(fn(module.body[1]).scope.isGenerator).toBe(false);
  });

  it('module scope locals are the module globals', () => {
    const module = lowerProgram('import numpy as np\nfrom m import a as b\nx, (y, *z) = 1, (2, 3)\nfor i in r: pass\nwith c as d: pass\ntry:\n    pass\nexcept E as e:\n    pass\ndef f(): pass\nclass C: pass\n');
    expect(module.scope.locals).toEqual(['np', 'b', 'x', 'y', 'z', 'i', 'd', 'e', 'f', 'C']);
    expect(module.scope.qualname).toBe('<module>');
  });
});
