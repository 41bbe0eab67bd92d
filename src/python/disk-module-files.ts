// The user's modules as `python FILE` finds them: on disk, beside the file (the CLI and the
// language server's analysis worker; the worker lays the editor's unsaved texts over the disk).
import { readFileSync, statSync } from 'node:fs';
import type { ModuleFiles } from './runtime/module-files';

/**
 * Files read from disk; `unsaved` gives the text of a path an editor holds, if it holds it. Each
 * path is read (or stat'ed) once: make one per run, so that a check before an import
 * (`from pkg import sub`: is `sub` a submodule?) and the import itself do not read the disk twice.
 */
export function diskModuleFiles(unsaved?: (path: string) => string | undefined): ModuleFiles {
  const texts = new Map<string, string | null>();
  const directories = new Map<string, boolean>();
  const stat = (path: string) => {
    try {
      return statSync(path);
    } catch {
      return null;
    }
  };
  return {
    readText(path) {
      const open = unsaved?.(path);
      if (open !== undefined) return open;
      let text = texts.get(path);
      if (text === undefined) {
        text = stat(path)?.isFile() === true ? readFileSync(path, 'utf8') : null;
        texts.set(path, text);
      }
      return text;
    },
    isDirectory(path) {
      let dir = directories.get(path);
      if (dir === undefined) directories.set(path, (dir = stat(path)?.isDirectory() === true));
      return dir;
    },
  };
}
