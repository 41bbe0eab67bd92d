// How a run finds the user's own modules: `python FILE` puts FILE's directory first on sys.path,
// so `import layers` and `from cs231n.layers import *` read layers.py and cs231n/ beside FILE.
// The interpreter sees files only through `ModuleFiles` (the CLI and the language server read the
// disk, the server preferring an open editor's text; tests give a map), with '/'-separated paths.

/** Read access to the files a run may import. Paths are '/'-joined from the run's file's directory. */
export interface ModuleFiles {
  /** The text of the file at `path`, or null when there is no such file. */
  readText(path: string): string | null;
  /** Whether `path` is a directory. */
  isDirectory(path: string): boolean;
}

/** Where a module's source was found: a module file, a regular package (its `__init__.py`) or a
 *  namespace package (a directory without one: no code, just a place for submodules). */
export type FoundModule =
  | { kind: 'module'; filename: string; source: string }
  | { kind: 'package'; filename: string; source: string; dir: string }
  | { kind: 'namespace'; dir: string };

/**
 * Finds module `leaf` (one name, no dots) in the directories `path` (in order), the way CPython's
 * FileFinder does for source files: in each directory a package (`leaf/__init__.py`) first, then
 * a module file (`leaf.py`); a directory `leaf/` without `__init__.py` counts only when no
 * directory of the path has the module otherwise (a namespace package).
 */
export function findModule(files: ModuleFiles, path: readonly string[], leaf: string): FoundModule | null {
  let namespace: string | null = null;
  for (const dir of path) {
    const sub = joinPath(dir, leaf);
    const isDirectory = files.isDirectory(sub);
    if (isDirectory) {
      const init = joinPath(sub, '__init__.py');
      const source = files.readText(init);
      if (source !== null) return { kind: 'package', filename: init, source, dir: sub };
    }
    const file = joinPath(dir, `${leaf}.py`);
    const source = files.readText(file);
    if (source !== null) return { kind: 'module', filename: file, source };
    if (namespace === null && isDirectory) namespace = sub;
  }
  return namespace === null ? null : { kind: 'namespace', dir: namespace };
}

/** `dir/name`, with '' and '.' meaning the current directory. */
export function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** The directory of a file path ('' for a bare file name): sys.path[0] for `python FILE`. */
export function directoryOf(filename: string): string {
  const slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
  if (slash < 0) return '';
  return slash === 0 ? '/' : filename.slice(0, slash);
}

/**
 * Modules a file beside the script cannot shadow: CPython has them built in or frozen, or has
 * imported them before the script starts. Every other module, numpy and the standard library's
 * Python modules included, is looked for beside the script first, as `python FILE` does.
 */
export const UNSHADOWED_MODULES: ReadonlySet<string> = new Set(['sys', 'builtins', 'time', 'itertools', 'abc', 'codecs', 'io', 'os', 'site', 'stat', 'posixpath', 'genericpath']);
