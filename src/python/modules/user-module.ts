// The module object of a module read from the user's files (see user-modules.ts, which loads them).
import { ctx } from '../runtime/context';
import { PyModule } from '../runtime/functions';
import { findModule } from '../runtime/module-files';
import type { PyValue } from '../runtime/object';

/** A module read from the user's files: where it came from, for its repr and `from` errors. */
export class UserModule extends PyModule {
  constructor(
    name: string,
    dict: Map<string, PyValue>,
    /** The file it ran (`__init__.py` for a package), or null for a namespace package. */
    readonly filename: string | null,
    /** Directories searched for its submodules (a package's `__path__`); empty for a plain module. */
    readonly searchPath: readonly string[],
  ) {
    super(name, dict);
  }
  /** While its body runs (a circular import can see it then). */
  initializing = false;
}

/** Whether the user package `m` has a submodule `leaf` among its files. */
export function hasUserSubmodule(m: UserModule, leaf: string): boolean {
  const files = ctx().moduleFiles;
  return files !== null && m.searchPath.length > 0 && findModule(files, m.searchPath, leaf) !== null;
}

