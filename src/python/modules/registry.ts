// The module registry: modules/*.ts register a factory by dotted name; imports build each module
// once per run (so module state such as random seeds starts fresh every run).
import type { Span } from '../ir';
import { AttributeError, ImportError, ModuleNotFoundError, Unsupported, pyErr, typeError } from '../runtime/errors';
import { ctx } from '../runtime/context';
import { type Globals, PyModule, moduleType } from '../runtime/functions';
import { defineRawMethod } from '../runtime/native';
import { None, PyType, PyValue, typeName } from '../runtime/object';
import { lookupAttr } from '../runtime/protocols';
import { toArray } from '../runtime/iter';
import { UserModule, hasUserSubmodule } from './user-module';

/** Fills a fresh module object (`m.dict.set(name, value)` for each attribute). */
export type ModuleFactory = (m: PyModule) => void;

const factories = new Map<string, ModuleFactory>();

export function registerModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function isRegistered(name: string): boolean {
  return factories.has(name);
}

/** Imports a module of the user's own files, or gives null when they have none of that name
 *  (user-modules.ts installs it: it compiles Python, which imports this file). */
export type UserModuleImporter = (name: string, importParent: (name: string) => PyModule) => PyModule | null;
let userModuleImporter: UserModuleImporter | null = null;

export function setUserModuleImporter(importer: UserModuleImporter): void {
  userModuleImporter = importer;
}

/** `import name` (dotted: parents are imported first and get the child as an attribute). The
 *  user's own files come first, as sys.path[0] does for `python FILE` (user-modules.ts). */
export function importModule(name: string, span: Span | null): PyModule {
  const c = ctx();
  const cached = c.modules.get(name);
  if (cached !== undefined) return cached;
  const own = userModuleImporter?.(name, (parent) => importModule(parent, span)) ?? null;
  if (own !== null) return own;
  const factory = factories.get(name);
  if (factory === undefined) {
    const top = name.split('.')[0];
    const missing = factories.has(top) ? name : top;
    const e = pyErr(ModuleNotFoundError, `No module named '${missing}'`);
    e.unsupported = `module '${missing}'`;
    throw e;
  }
  const dot = name.lastIndexOf('.');
  const parent = dot > 0 ? importModule(name.slice(0, dot), span) : null;
  const m = new PyModule(name);
  m.dict!.set('__name__', name);
  c.modules.set(name, m);
  factory(m);
  if (parent !== null) parent.dict!.set(name.slice(dot + 1), m);
  return m;
}

/** `from module import name`: an attribute, or a submodule (of a user package, or registered). */
export function importFrom(m: PyModule, modName: string, name: string, span: Span | null): PyValue {
  const v = lookupAttr(m, name);
  if (v !== undefined) return v;
  const sub = `${modName}.${name}`;
  if ((m instanceof UserModule && hasUserSubmodule(m, name)) || factories.has(sub)) return importModule(sub, span);
  if (!(m instanceof UserModule)) throw pyErr(ImportError, `cannot import name '${name}' from '${modName}' (unknown location)`);
  const where = m.filename ?? 'unknown location';
  if (m.initializing) throw pyErr(ImportError, `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`);
  throw pyErr(ImportError, `cannot import name '${name}' from '${modName}' (${where})`);
}

/**
 * The absolute name of a relative import (`from .layers import f`: level 1, module 'layers') made
 * in code whose globals are `globals`, as CPython computes it from `__package__` (or `__name__`).
 */
export function relativeModuleName(globals: Globals, level: number, module: string | null): string {
  let pkg = globals.get('__package__');
  if (typeof pkg !== 'string') {
    const name = globals.get('__name__');
    const own = typeof name === 'string' ? name : '';
    pkg = globals.get('__path__') !== undefined ? own : own.slice(0, Math.max(0, own.lastIndexOf('.')));
  }
  if (pkg === '') throw pyErr(ImportError, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) throw pyErr(ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - level + 1).join('.');
  return module === null ? base : `${base}.${module}`;
}

/** The names `from m import *` binds: those of `__all__` if m defines it, else every public name. */
export function starNames(m: PyModule, modName: string, span: Span | null): [string, PyValue][] {
  const all = m.dict!.get('__all__');
  if (all === undefined) return [...m.dict!].filter(([k]) => !k.startsWith('_'));
  const out: [string, PyValue][] = [];
  for (const name of toArray(all)) {
    if (typeof name !== 'string') throw typeError(`Item in ${modName}.__all__ must be str, not ${typeName(name)}`);
    const v = lookupAttr(m, name);
    if (v === undefined && !(m instanceof UserModule && hasUserSubmodule(m, name))) throw pyErr(AttributeError, `module '${modName}' has no attribute '${name}'`);
    out.push([name, v ?? importModule(`${modName}.${name}`, span)]);
  }
  return out;
}

const unsupportedTypes = new Map<string, PyType>();

/** The module type (one per module name) whose missing attributes stop the run as unsupported
 *  features of the module (`numpy.convolve is not supported by gradlens yet`) instead of an
 *  AttributeError: gradlens provides a part of the module, and the rest is an edge of gradlens, not
 *  the user's mistake. Missing dunder names read as None, or (`dunders: 'error'`) raise CPython's
 *  AttributeError. */
export function unsupportedAttributes(prefix: string, dunders: 'none' | 'error' = 'none'): PyType {
  const key = `${dunders} ${prefix}`;
  let t = unsupportedTypes.get(key);
  if (t === undefined) {
    t = new PyType('module', [moduleType]);
    defineRawMethod(t, '__getattr__', (_self, args) => {
      const name = String(args[0]);
      if (name.startsWith('__')) {
        if (dunders === 'none') return None;
        throw pyErr(AttributeError, `module '${prefix}' has no attribute '${name}'`);
      }
      throw new Unsupported(`${prefix}.${name}`);
    });
    unsupportedTypes.set(key, t);
  }
  return t;
}
