// Static scope analysis, like CPython's symtable: for every module/function/lambda/class/
// comprehension scope, which names are local, global, nonlocal, free or cells; every Name and
// NameTarget gets its resolution. Also finds CPython's symbol-table errors (global after use,
// nonlocal without binding, duplicate arguments, yield outside a function...).
import type {
  Arg, Comprehension, DictItem, Expr, FStringPart, Module, NameResolution, NameTarget, Name, Parameters, Scope, Span,
  Stmt, Target,
} from './ir';
import type { SyntaxProblem } from './lower/context';

interface Builder {
  scope: Scope;
  parent: Builder | null;
  /** Bound names in order of first binding. */
  bound: Map<string, Span>;
  params: Set<string>;
  used: Set<string>;
  globals: Set<string>;
  nonlocals: Map<string, Span>;
  children: Builder[];
  refs: (Name | NameTarget)[];
  /** A yield/yield from directly in this scope. */
  yieldSpan: Span | null;
}

const FUNCTION_LIKE = new Set<Scope['kind']>(['function', 'lambda', 'comprehension']);

/** Fills `module.scope` and every nested scope; returns the symbol-table and compile problems found. */
export function analyzeScopes(module: Module): SyntaxProblem[] {
  const analyzer = new Analyzer();
  const root = analyzer.open(module.scope, null, 'module', '<module>');
  analyzer.body(root, module.body);
  for (const directive of module.directives) analyzer.body(root, directive.body);
  analyzer.resolve(root, new Set(), new Set());
  return analyzer.problems;
}

class Analyzer {
  readonly problems: SyntaxProblem[] = [];

  private problem(stage: 'symtable' | 'compile', message: string, span: Span): void {
    this.problems.push({ stage, pyType: 'SyntaxError', message, span });
  }

  open(scope: Scope, parent: Builder | null, kind: Scope['kind'], qualname: string): Builder {
    scope.kind = kind;
    scope.qualname = qualname;
    const builder: Builder = {
      scope, parent, bound: new Map(), params: new Set(), used: new Set(), globals: new Set(), nonlocals: new Map(),
      children: [], refs: [], yieldSpan: null,
    };
    parent?.children.push(builder);
    return builder;
  }

  private childQualname(parent: Builder, name: string): string {
    if (parent.scope.kind === 'module') return name;
    if (parent.scope.kind === 'class') return `${parent.scope.qualname}.${name}`;
    return `${parent.scope.qualname}.<locals>.${name}`;
  }

  private bind(b: Builder, name: string, span: Span): void {
    if (!b.bound.has(name)) b.bound.set(name, span);
  }

  body(b: Builder, stmts: Stmt[]): void {
    for (const stmt of stmts) this.stmt(b, stmt);
  }

  private stmt(b: Builder, s: Stmt): void {
    switch (s.kind) {
      case 'ExprStmt': this.expr(b, s.value); break;
      case 'Assign': this.expr(b, s.value); for (const t of s.targets) this.target(b, t); break;
      case 'AugAssign': this.expr(b, s.value); this.target(b, s.target, true); break;
      case 'AnnAssign':
        if (s.value) this.expr(b, s.value);
        this.expr(b, s.annotation);
        this.target(b, s.target);
        break;
      case 'If': case 'While':
        this.expr(b, s.test); this.body(b, s.body); this.body(b, s.orelse); break;
      case 'For':
        this.expr(b, s.iter); this.target(b, s.target); this.body(b, s.body); this.body(b, s.orelse); break;
      case 'Break': case 'Continue': case 'Pass': case 'Unsupported': break;
      case 'Return': if (s.value) this.expr(b, s.value); break;
      case 'Delete': for (const t of s.targets) this.target(b, t); break;
      case 'Global': this.declare(b, s.names, s.span, 'global'); break;
      case 'Nonlocal': this.declare(b, s.names, s.span, 'nonlocal'); break;
      case 'Assert': this.expr(b, s.test); if (s.msg) this.expr(b, s.msg); break;
      case 'Raise': if (s.exc) this.expr(b, s.exc); if (s.cause) this.expr(b, s.cause); break;
      case 'Try':
        this.body(b, s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(b, h.type);
          if (h.name) this.bind(b, h.name, h.nameSpan ?? h.span);
          this.body(b, h.body);
        }
        this.body(b, s.orelse);
        this.body(b, s.finalbody);
        break;
      case 'With':
        for (const item of s.items) {
          this.expr(b, item.contextExpr);
          if (item.optionalVars) this.target(b, item.optionalVars);
        }
        this.body(b, s.body);
        break;
      case 'Import':
        for (const alias of s.names) this.bind(b, alias.asname ?? alias.name.split('.')[0], alias.span);
        break;
      case 'ImportFrom':
        for (const alias of s.names) {
          if (alias.name === '*') {
            if (b.scope.kind !== 'module') this.problem('symtable', 'import * only allowed at module level', s.span);
          } else this.bind(b, alias.asname ?? alias.name, alias.span);
        }
        break;
      case 'FunctionDef': {
        for (const d of s.decorators) this.expr(b, d);
        this.defaults(b, s.params);
        this.annotations(b, s.params);
        if (s.returns) this.expr(b, s.returns);
        this.bind(b, s.name, s.nameSpan);
        const fn = this.open(s.scope, b, 'function', this.childQualname(b, s.name));
        this.params(fn, s.params);
        this.body(fn, s.body);
        break;
      }
      case 'ClassDef': {
        for (const d of s.decorators) this.expr(b, d);
        for (const base of s.bases) this.expr(b, base);
        for (const k of s.keywords) this.expr(b, k.value);
        this.bind(b, s.name, s.nameSpan);
        const cls = this.open(s.scope, b, 'class', this.childQualname(b, s.name));
        this.body(cls, s.body);
        break;
      }
    }
  }

  private declare(b: Builder, names: string[], span: Span, kind: 'global' | 'nonlocal'): void {
    if (kind === 'nonlocal' && b.scope.kind === 'module') {
      this.problem('symtable', 'nonlocal declaration not allowed at module level', span);
      return;
    }
    for (const name of names) {
      if (b.params.has(name)) {
        this.problem('symtable', `name '${name}' is parameter and ${kind}`, span);
        continue;
      }
      if (kind === 'global' && b.nonlocals.has(name)) this.problem('symtable', `name '${name}' is nonlocal and global`, span);
      if (kind === 'nonlocal' && b.globals.has(name)) this.problem('symtable', `name '${name}' is nonlocal and global`, span);
      if (b.bound.has(name)) this.problem('symtable', `name '${name}' is assigned to before ${kind} declaration`, span);
      else if (b.used.has(name)) this.problem('symtable', `name '${name}' is used prior to ${kind} declaration`, span);
      if (kind === 'global') b.globals.add(name);
      else if (!b.nonlocals.has(name)) b.nonlocals.set(name, span);
    }
  }

  private defaults(b: Builder, params: Parameters): void {
    for (const p of [...params.posonly, ...params.args, ...params.kwonly]) if (p.default) this.expr(b, p.default);
  }

  private annotations(b: Builder, params: Parameters): void {
    const all = [...params.posonly, ...params.args, params.vararg, ...params.kwonly, params.kwarg];
    for (const p of all) if (p?.annotation) this.expr(b, p.annotation);
  }

  private params(fn: Builder, params: Parameters): void {
    const all = [...params.posonly, ...params.args, params.vararg, ...params.kwonly, params.kwarg];
    for (const p of all) {
      if (!p) continue;
      if (fn.params.has(p.name)) {
        this.problem('symtable', `duplicate argument '${p.name}' in function definition`, p.span);
        continue;
      }
      fn.params.add(p.name);
      this.bind(fn, p.name, p.span);
    }
  }

  private target(b: Builder, t: Target, alsoUsed = false): void {
    switch (t.kind) {
      case 'NameTarget':
        if (alsoUsed) b.used.add(t.id);
        this.bind(b, t.id, t.span);
        b.refs.push(t);
        break;
      case 'AttributeTarget': this.expr(b, t.value); break;
      case 'SubscriptTarget': this.expr(b, t.value); this.expr(b, t.index); break;
      case 'SequenceTarget': for (const e of t.elts) this.target(b, e); break;
      case 'StarredTarget': this.target(b, t.value); break;
    }
  }

  private expr(b: Builder, e: Expr): void {
    switch (e.kind) {
      case 'Name':
        b.used.add(e.id);
        b.refs.push(e);
        if (e.id === 'super' || e.id === '__class__') this.useClassCell(b);
        break;
      case 'Int': case 'Float': case 'Str': case 'Bool': case 'None': case 'Ellipsis': case 'Unsupported': break;
      case 'FString': this.fstringParts(b, e.parts); break;
      case 'BinOp': this.expr(b, e.left); this.expr(b, e.right); break;
      case 'UnaryOp': this.expr(b, e.operand); break;
      case 'BoolOp': for (const v of e.values) this.expr(b, v); break;
      case 'Compare': this.expr(b, e.left); for (const c of e.comparators) this.expr(b, c); break;
      case 'Call': this.expr(b, e.func); for (const a of e.args) this.arg(b, a); break;
      case 'Attribute': this.expr(b, e.value); break;
      case 'Subscript': this.expr(b, e.value); this.expr(b, e.index); break;
      case 'Slice':
        if (e.lower) this.expr(b, e.lower);
        if (e.upper) this.expr(b, e.upper);
        if (e.step) this.expr(b, e.step);
        break;
      case 'List': case 'Tuple': case 'Set': for (const x of e.elts) this.expr(b, x); break;
      case 'Dict': for (const item of e.items) this.dictItem(b, item); break;
      case 'Starred': this.expr(b, e.value); break;
      case 'IfExp': this.expr(b, e.test); this.expr(b, e.body); this.expr(b, e.orelse); break;
      case 'Lambda': {
        this.defaults(b, e.params);
        const fn = this.open(e.scope, b, 'lambda', this.childQualname(b, '<lambda>'));
        this.params(fn, e.params);
        this.expr(fn, e.body);
        break;
      }
      case 'ListComp': this.comprehension(b, e.scope, '<listcomp>', e.generators, [e.elt]); break;
      case 'SetComp': this.comprehension(b, e.scope, '<setcomp>', e.generators, [e.elt]); break;
      case 'GeneratorExp': this.comprehension(b, e.scope, '<genexpr>', e.generators, [e.elt]); break;
      case 'DictComp': this.comprehension(b, e.scope, '<dictcomp>', e.generators, [e.key, e.value]); break;
      case 'NamedExpr': this.expr(b, e.value); this.walrus(b, e.target); break;
      case 'Yield': case 'YieldFrom':
        if ('value' in e && e.value) this.expr(b, e.value);
        this.yieldIn(b, e.span);
        break;
    }
  }

  private fstringParts(b: Builder, parts: FStringPart[]): void {
    for (const part of parts) {
      if (part.kind === 'Field') {
        this.expr(b, part.value);
        if (part.spec) this.fstringParts(b, part.spec);
      }
    }
  }

  private arg(b: Builder, a: Arg): void {
    this.expr(b, a.value);
  }

  private dictItem(b: Builder, item: DictItem): void {
    if (item.kind === 'Pair') this.expr(b, item.key);
    this.expr(b, item.value);
  }

  private comprehension(b: Builder, scope: Scope, name: string, generators: Comprehension[], results: Expr[]): void {
    // the first iterable is evaluated in the enclosing scope
    this.expr(b, generators[0].iter);
    const comp = this.open(scope, b, 'comprehension', this.childQualname(b, name));
    if (name === '<genexpr>') scope.isGenerator = true;
    generators.forEach((g, i) => {
      if (i > 0) this.expr(comp, g.iter);
      this.target(comp, g.target);
      for (const cond of g.ifs) this.expr(comp, cond);
    });
    for (const r of results) this.expr(comp, r);
  }

  /** `x := v` inside comprehensions binds in the nearest enclosing non-comprehension scope. */
  private walrus(b: Builder, target: NameTarget): void {
    if (b.scope.kind !== 'comprehension') {
      this.target(b, target);
      return;
    }
    let owner: Builder = b;
    const comprehensions: Builder[] = [];
    while (owner.scope.kind === 'comprehension' && owner.parent) {
      comprehensions.push(owner);
      owner = owner.parent;
    }
    if (owner.scope.kind === 'class') {
      this.problem('symtable', 'assignment expression within a comprehension cannot be used in a class body', target.span);
      return;
    }
    for (const comp of comprehensions) {
      if (comp.bound.has(target.id)) {
        this.problem('symtable', `assignment expression cannot rebind comprehension iteration variable '${target.id}'`, target.span);
        return;
      }
      if (owner.scope.kind === 'module') comp.globals.add(target.id);
      else if (!comp.nonlocals.has(target.id)) comp.nonlocals.set(target.id, target.span);
    }
    this.bind(owner, target.id, target.span);
    b.refs.push(target);
  }

  private yieldIn(b: Builder, span: Span): void {
    if (b.scope.kind === 'function' || b.scope.kind === 'lambda') {
      b.scope.isGenerator = true;
      b.yieldSpan ??= span;
    } else if (b.scope.kind === 'comprehension') {
      const kind = b.scope.qualname.endsWith('<genexpr>') ? 'generator expression'
        : b.scope.qualname.endsWith('<listcomp>') ? 'list comprehension'
        : b.scope.qualname.endsWith('<setcomp>') ? 'set comprehension' : 'dict comprehension';
      this.problem('symtable', `'yield' inside ${kind}`, span);
    } else {
      this.problem('compile', "'yield' outside function", span);
    }
  }

  private useClassCell(b: Builder): void {
    let scope: Builder | null = b;
    while (scope && scope.scope.kind !== 'function') scope = scope.parent;
    if (scope && scope.parent?.scope.kind === 'class') scope.scope.usesClassCell = true;
  }

  /**
   * CPython's analyze(): `visible` are the names bound in enclosing function scopes (free-able),
   * `implicitGlobal` the names an enclosing function declared global. Returns this scope's free names.
   */
  resolve(b: Builder, visible: Set<string>, declaredGlobalAbove: Set<string>): Set<string> {
    const scope = b.scope;
    const functionLike = FUNCTION_LIKE.has(scope.kind);
    const locals = new Set<string>();
    for (const name of b.bound.keys()) if (!b.globals.has(name) && !b.nonlocals.has(name)) locals.add(name);
    for (const [name, span] of b.nonlocals) {
      if (!visible.has(name)) this.problem('symtable', `no binding for nonlocal '${name}' found`, span);
    }

    // what the children see
    let childVisible = visible;
    let childGlobals = declaredGlobalAbove;
    if (functionLike) {
      childVisible = new Set([...visible, ...locals, ...b.nonlocals.keys()]);
      for (const name of b.globals) childVisible.delete(name);
      childGlobals = new Set([...declaredGlobalAbove, ...b.globals]);
      for (const name of locals) childGlobals.delete(name);
    } else if (scope.kind === 'class') {
      childVisible = new Set(visible);
      for (const name of b.globals) childVisible.delete(name);
    }

    const free = new Set<string>(b.nonlocals.keys());
    const cells = new Set<string>();
    for (const child of b.children) {
      for (const name of this.resolve(child, childVisible, childGlobals)) {
        if (functionLike && locals.has(name)) cells.add(name);
        else if (!b.globals.has(name) && visible.has(name)) free.add(name);
      }
    }
    for (const name of b.used) {
      if (!locals.has(name) && !b.globals.has(name) && visible.has(name) && scope.kind !== 'module') free.add(name);
    }
    if (scope.usesClassCell) free.add('__class__');
    if (scope.kind === 'class' && b.children.some((c) => c.scope.usesClassCell)) cells.add('__class__');
    if (scope.kind === 'class') free.delete('__class__');

    scope.locals = [...b.bound.keys()].filter((n) => locals.has(n));
    scope.globals = [...b.globals];
    scope.nonlocals = [...b.nonlocals.keys()];
    scope.free = [...free];
    scope.cells = [...cells];

    for (const ref of b.refs) ref.resolution = this.resolution(scope, ref.id, locals, cells, free, b.globals);
    return scope.kind === 'class' && free.has('__class__') ? new Set([...free].filter((n) => n !== '__class__')) : free;
  }

  private resolution(
    scope: Scope, name: string, locals: Set<string>, cells: Set<string>, free: Set<string>, globals: Set<string>,
  ): NameResolution {
    if (scope.kind === 'module') return 'global-implicit';
    if (globals.has(name)) return 'global-explicit';
    if (scope.kind === 'class') {
      if (locals.has(name)) return 'class-local';
      return free.has(name) ? 'free' : 'global-implicit';
    }
    if (locals.has(name)) return cells.has(name) ? 'cell' : 'local';
    if (free.has(name)) return 'free';
    return 'global-implicit';
  }
}
