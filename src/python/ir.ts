// The intermediate representation the interpreter compiles: a small tree of our own, produced by
// lower.ts from tree-sitter's syntax tree. It follows CPython's `ast` module closely (same node
// families, same evaluation-relevant structure: `elif` is a nested If in `orelse`, `a and b and c`
// is one BoolOp, `a < b < c` is one Compare), with a span on every node.
//
// Stability: this file only grows (new optional fields, new node kinds); nothing is renamed.

/** Lines 1-based, columns 0-based in UTF-16 code units; end is exclusive (like CPython's end_col_offset). */
export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------------------------------------------------------------------------------------------
// Module, directives, scopes
// ---------------------------------------------------------------------------------------------

export interface Module {
  body: Stmt[];
  /** `# gradlens: <stmt>` comment lines, in file order (run after the body only when asked). */
  directives: Directive[];
  /** The module's symbol table (its `locals` are the module's global names). */
  scope: Scope;
}

/** One `# gradlens: ...` comment line, parsed. Statement spans sit on the comment's line. */
export interface Directive {
  /** The span of the statement text after `# gradlens:` on the comment line. */
  span: Span;
  /** The statement text as written after `# gradlens:`. */
  source: string;
  body: Stmt[];
  /** Set when the directive's text is not valid Python; then `body` is empty. */
  error?: { pyType: 'SyntaxError' | 'IndentationError'; message: string; span: Span };
}

/**
 * The static symbol table of one scope, computed like CPython's symtable (see scopes.ts).
 * Resolution rule for a name `n` used in this scope:
 *   - n in `globals` (declared `global`)      -> module globals, then builtins
 *   - n in `locals` (bound here, incl. params) -> this frame's local (a cell if also in `cells`)
 *   - n in `free`                             -> a cell of an enclosing function scope
 *   - otherwise                                -> module globals, then builtins (implicit global)
 * Class scopes: a name not bound in the class body that is free resolves through the enclosing
 * function's cell; otherwise through globals. Names bound in a class body are never visible to
 * the methods defined in it (they are not in any method's `free`).
 */
export interface Scope {
  kind: 'module' | 'function' | 'lambda' | 'class' | 'comprehension';
  /** CPython's `__qualname__` of the function/class ('<module>' for the module,
   *  'f.<locals>.<lambda>' for lambdas, 'f.<locals>.<listcomp>' etc. for comprehensions). */
  qualname: string;
  /** Names bound in this scope and local to it: parameters, assignment/for/with/except/import
   *  targets, def/class names, walrus targets (walrus in a comprehension binds in the enclosing
   *  non-comprehension scope). Not including names declared global/nonlocal. Sorted by first binding. */
  locals: string[];
  /** Names declared `global` here. */
  globals: string[];
  /** Names declared `nonlocal` here. */
  nonlocals: string[];
  /** Names this scope reads or writes that live in an enclosing function scope (incl. nonlocals
   *  and names only passed through to nested scopes), i.e. CPython's co_freevars. */
  free: string[];
  /** Locals of this scope that nested scopes capture, i.e. CPython's co_cellvars. */
  cells: string[];
  /** Functions/lambdas only: the body contains `yield` / `yield from` (a generator function). */
  isGenerator: boolean;
  /** True when the scope uses `super()` without arguments or `__class__` (needs the class cell). */
  usesClassCell: boolean;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | If
  | While
  | For
  | Break
  | Continue
  | Pass
  | Return
  | Delete
  | Global
  | Nonlocal
  | Assert
  | Raise
  | Try
  | With
  | Import
  | ImportFrom
  | FunctionDef
  | ClassDef
  | UnsupportedStmt;

/** An expression evaluated for its effect (a call, a docstring, ...). */
export interface ExprStmt { kind: 'ExprStmt'; span: Span; value: Expr }

/** `t1 = t2 = value`: `targets` in source order; CPython assigns left to right. */
export interface Assign { kind: 'Assign'; span: Span; targets: Target[]; value: Expr }

/** `target op= value`: target is a NameTarget, AttributeTarget or SubscriptTarget. */
export interface AugAssign {
  kind: 'AugAssign'; span: Span; target: Target; op: BinaryOperator; value: Expr;
  /** Span of the `+=` token. */
  opSpan: Span;
}

/** `target: annotation [= value]`; `simple` is true for a bare name target (not parenthesised). */
export interface AnnAssign {
  kind: 'AnnAssign'; span: Span; target: Target; annotation: Expr; value: Expr | null; simple: boolean;
}

/** `elif` chains are nested Ifs as the single statement of `orelse`. */
export interface If { kind: 'If'; span: Span; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While { kind: 'While'; span: Span; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface For { kind: 'For'; span: Span; target: Target; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface Break { kind: 'Break'; span: Span }
export interface Continue { kind: 'Continue'; span: Span }
export interface Pass { kind: 'Pass'; span: Span }
export interface Return { kind: 'Return'; span: Span; value: Expr | null }
export interface Delete { kind: 'Delete'; span: Span; targets: Target[] }
export interface Global { kind: 'Global'; span: Span; names: string[] }
export interface Nonlocal { kind: 'Nonlocal'; span: Span; names: string[] }
export interface Assert { kind: 'Assert'; span: Span; test: Expr; msg: Expr | null }
/** `raise`, `raise exc`, `raise exc from cause`. */
export interface Raise { kind: 'Raise'; span: Span; exc: Expr | null; cause: Expr | null }

export interface Try {
  kind: 'Try'; span: Span; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
/** `except [type [as name]]:`; a bare `except:` has type null. */
export interface ExceptHandler {
  span: Span; type: Expr | null; name: string | null; nameSpan: Span | null; body: Stmt[];
}

/** `with a as x, b:` - items entered left to right. */
export interface With { kind: 'With'; span: Span; items: WithItem[]; body: Stmt[] }
export interface WithItem { span: Span; contextExpr: Expr; optionalVars: Target | null }

/** `import a.b.c as d, e` */
export interface Import { kind: 'Import'; span: Span; names: Alias[] }
/** `from ..pkg.mod import a as b, c` / `from m import *` (then names is [{ name: '*' }]).
 *  `module` is null for `from . import x`. */
export interface ImportFrom {
  kind: 'ImportFrom'; span: Span; module: string | null; names: Alias[]; level: number;
}
/** `name` is dotted for `import a.b`; `asname` null when there is no `as`. */
export interface Alias { span: Span; name: string; asname: string | null }

export interface FunctionDef {
  kind: 'FunctionDef';
  /** From the `def` keyword to the end of the body (decorators have their own spans). */
  span: Span;
  name: string;
  nameSpan: Span;
  params: Parameters;
  body: Stmt[];
  /** Outermost first, as written; applied bottom-up. */
  decorators: Expr[];
  returns: Expr | null;
  /** The first statement is a string literal. */
  docstring: string | null;
  scope: Scope;
}

export interface ClassDef {
  kind: 'ClassDef';
  span: Span;
  name: string;
  nameSpan: Span;
  /** Base expressions (may contain Starred). */
  bases: Expr[];
  /** Class keywords (`metaclass=`, those for `__init_subclass__`; name null: `**mapping`). */
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  docstring: string | null;
  scope: Scope;
}

/** A parsed construct outside the supported subset (`match`, `async def`, ...): running it
 *  raises gradlens's unsupported error at its span, e.g. "the match statement is not supported by gradlens yet". */
export interface UnsupportedStmt { kind: 'Unsupported'; span: Span; what: string }

// ---------------------------------------------------------------------------------------------
// Function parameters and call arguments
// ---------------------------------------------------------------------------------------------

/** Parameters in CPython's order: posonly, args (both may have defaults, filled from the right),
 *  *vararg, kwonly (each with its own default or none), **kwarg. */
export interface Parameters {
  posonly: Param[];
  args: Param[];
  vararg: Param | null;
  kwonly: Param[];
  kwarg: Param | null;
}
/** `default` is evaluated once, at def time, left to right over posonly/args then kwonly. */
export interface Param { span: Span; name: string; default: Expr | null; annotation: Expr | null }

/** Call arguments in source order. */
export type Arg =
  | { kind: 'Positional'; span: Span; value: Expr }
  | { kind: 'Star'; span: Span; value: Expr }            // *iterable
  | { kind: 'Keyword'; span: Span; name: string; value: Expr }
  | { kind: 'DoubleStar'; span: Span; value: Expr };    // **mapping

export interface Keyword { span: Span; name: string | null; value: Expr }

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type Expr =
  | Name
  | IntLit
  | FloatLit
  | StrLit
  | BoolLit
  | NoneLit
  | EllipsisLit
  | FString
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | Call
  | Attribute
  | Subscript
  | Slice
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | Starred
  | IfExp
  | Lambda
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | NamedExpr
  | Yield
  | YieldFrom
  | UnsupportedExpr;

/** How a name resolves, filled by scopes.ts (see Scope for the rule). */
export type NameResolution = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit' | 'class-local';

export interface Name { kind: 'Name'; span: Span; id: string; resolution?: NameResolution }

/** Integer literal; bigint only when beyond Number.MAX_SAFE_INTEGER. */
export interface IntLit { kind: 'Int'; span: Span; value: number | bigint }
export interface FloatLit { kind: 'Float'; span: Span; value: number }
/** A string literal (adjacent literals already concatenated, escapes decoded). */
export interface StrLit { kind: 'Str'; span: Span; value: string }
export interface BoolLit { kind: 'Bool'; span: Span; value: boolean }
export interface NoneLit { kind: 'None'; span: Span }
export interface EllipsisLit { kind: 'Ellipsis'; span: Span }

/** An f-string (or implicit concatenation containing one): literal text and replacement fields. */
export interface FString { kind: 'FString'; span: Span; parts: FStringPart[] }
export type FStringPart = FStringLiteral | FStringField;
export interface FStringLiteral { kind: 'Literal'; value: string }
/** `{expr!conv:spec}`. `spec` is itself a list of parts (it may contain nested fields, `{x:{w}.{p}f}`);
 *  null when there is no `:`. `debugText` is set for `{x=}` / `{x = }`: the text up to and including
 *  `=` that CPython prints before the value (and then conversion defaults to 'r' when there is no spec). */
export interface FStringField {
  kind: 'Field'; span: Span; value: Expr; conversion: 'r' | 's' | 'a' | null; spec: FStringPart[] | null;
  debugText?: string;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';

export interface BinOp {
  kind: 'BinOp'; span: Span; op: BinaryOperator; left: Expr; right: Expr;
  /** Span of the operator token. */
  opSpan: Span;
}

export type UnaryOperator = '-' | '+' | '~' | 'not';
export interface UnaryOp { kind: 'UnaryOp'; span: Span; op: UnaryOperator; operand: Expr }

/** `a and b and c` is one BoolOp with three values (short-circuit, returns the deciding value). */
export interface BoolOp { kind: 'BoolOp'; span: Span; op: 'and' | 'or'; values: Expr[] }

export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in' | 'not in' | 'is' | 'is not';
/** `left ops[0] comparators[0] ops[1] comparators[1] ...` with chained semantics. */
export interface Compare {
  kind: 'Compare'; span: Span; left: Expr; ops: CompareOperator[]; comparators: Expr[]; opSpans: Span[];
}

export interface Call { kind: 'Call'; span: Span; func: Expr; args: Arg[] }

export interface Attribute { kind: 'Attribute'; span: Span; value: Expr; attr: string; attrSpan: Span }

/** `value[index]`; `x[a, b:c]` has a TupleExpr index containing a Slice, as in CPython. */
export interface Subscript { kind: 'Subscript'; span: Span; value: Expr; index: Expr }

/** `lower:upper:step` (only inside a subscript). */
export interface Slice { kind: 'Slice'; span: Span; lower: Expr | null; upper: Expr | null; step: Expr | null }

/** Elements may be Starred (`[*a, b]`). */
export interface ListExpr { kind: 'List'; span: Span; elts: Expr[] }
export interface TupleExpr { kind: 'Tuple'; span: Span; elts: Expr[] }
export interface SetExpr { kind: 'Set'; span: Span; elts: Expr[] }
export interface DictExpr { kind: 'Dict'; span: Span; items: DictItem[] }
export type DictItem =
  | { kind: 'Pair'; span: Span; key: Expr; value: Expr }
  | { kind: 'Unpack'; span: Span; value: Expr };      // **mapping

/** `*value` inside a list/tuple/set display or a subscript tuple. */
export interface Starred { kind: 'Starred'; span: Span; value: Expr }

/** `body if test else orelse` */
export interface IfExp { kind: 'IfExp'; span: Span; test: Expr; body: Expr; orelse: Expr }

export interface Lambda { kind: 'Lambda'; span: Span; params: Parameters; body: Expr; scope: Scope }

/** One `for target in iter if c1 if c2` clause. In CPython the first clause's `iter` is evaluated
 *  in the enclosing scope; everything else runs in the comprehension's own scope. */
export interface Comprehension { span: Span; target: Target; iter: Expr; ifs: Expr[] }

export interface ListComp { kind: 'ListComp'; span: Span; elt: Expr; generators: Comprehension[]; scope: Scope }
export interface SetComp { kind: 'SetComp'; span: Span; elt: Expr; generators: Comprehension[]; scope: Scope }
export interface DictComp {
  kind: 'DictComp'; span: Span; key: Expr; value: Expr; generators: Comprehension[]; scope: Scope;
}
export interface GeneratorExp {
  kind: 'GeneratorExp'; span: Span; elt: Expr; generators: Comprehension[]; scope: Scope;
}

/** `target := value` (target is always a plain name). */
export interface NamedExpr { kind: 'NamedExpr'; span: Span; target: NameTarget; value: Expr }

export interface Yield { kind: 'Yield'; span: Span; value: Expr | null }
export interface YieldFrom { kind: 'YieldFrom'; span: Span; value: Expr }

/** A parsed expression outside the supported subset (complex literals, bytes, await, ...). */
export interface UnsupportedExpr { kind: 'Unsupported'; span: Span; what: string }

// ---------------------------------------------------------------------------------------------
// Assignment targets (also `for`, `with ... as`, comprehension and `del` targets)
// ---------------------------------------------------------------------------------------------

export type Target = NameTarget | AttributeTarget | SubscriptTarget | SequenceTarget | StarredTarget;

export interface NameTarget { kind: 'NameTarget'; span: Span; id: string; resolution?: NameResolution }
/** `value.attr = ...` */
export interface AttributeTarget { kind: 'AttributeTarget'; span: Span; value: Expr; attr: string; attrSpan: Span }
/** `value[index] = ...` (index as in Subscript). */
export interface SubscriptTarget { kind: 'SubscriptTarget'; span: Span; value: Expr; index: Expr }
/** `a, b = ...`, `(a, b) = ...`, `[a, b] = ...`; at most one StarredTarget among `elts`. */
export interface SequenceTarget { kind: 'SequenceTarget'; span: Span; elts: Target[]; brackets: 'none' | 'paren' | 'square' }
/** `*rest` inside a SequenceTarget. */
export interface StarredTarget { kind: 'StarredTarget'; span: Span; value: Target }
