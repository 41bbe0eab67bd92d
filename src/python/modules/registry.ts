// The module registry: modules/*.ts register a factory by dotted name; imports build each module
// once per run (so module state such as random seeds starts fresh every run).
import type { Span } from '../ir';
import { AttributeError, ImportError, Unsupported, pyErr } from '../runtime/errors';
import { ctx } from '../runtime/context';
import { PyModule, moduleType } from '../runtime/functions';
import { defineRawMethod } from '../runtime/native';
import { None, PyType, PyValue } from '../runtime/object';
import { lookupAttr } from '../runtime/protocols';

/** Fills a fresh module object (`m.dict.set(name, value)` for each attribute). */
export type ModuleFactory = (m: PyModule) => void;

const factories = new Map<string, ModuleFactory>();

export function registerModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function isRegistered(name: string): boolean {
  return factories.has(name);
}

/** `import name` (dotted: parents are imported first and get the child as an attribute). */
export function importModule(name: string, span: Span | null): PyModule {
  const c = ctx();
  const cached = c.modules.get(name);
  if (cached !== undefined) return cached;
  const factory = factories.get(name);
  if (factory === undefined) {
    const top = name.split('.')[0];
    throw new Unsupported(`module '${factories.has(top) ? name : top}'`, span);
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

/** `from module import name`: an attribute, or a registered submodule. */
export function importFrom(m: PyModule, modName: string, name: string, span: Span | null): PyValue {
  const v = lookupAttr(m, name);
  if (v !== undefined) return v;
  if (factories.has(`${modName}.${name}`)) return importModule(`${modName}.${name}`, span);
  throw pyErr(ImportError, `cannot import name '${name}' from '${modName}' (unknown location)`);
}

const unsupportedTypes = new Map<string, PyType>();

/** The module type (one per module name) whose missing attributes stop the run as unsupported
 *  features of the module (`numpy.einsum is not supported by gradlens yet`) instead of an
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
