// The user's modules as `python FILE` finds them: on disk, beside the file (the CLI and the
// language server's analysis worker; the worker lays the editor's unsaved texts over the disk).
import { readFileSync, statSync } from 'node:fs';
import type { ModuleFiles } from './runtime/module-files';

/** Files read from disk; `unsaved` gives the text of a path an editor holds, if it holds it. */
export function diskModuleFiles(unsaved?: (path: string) => string | undefined): ModuleFiles {
  return {
    readText(path) {
      const open = unsaved?.(path);
      if (open !== undefined) return open;
      try {
        return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
      } catch {
        return null;
      }
    },
    isDirectory(path) {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
  };
}
