// Installs the methods of every builtin type once, in dependency order, and builds the builtins.
import { installDictMethods } from './dict-type';
import { installIteratorMethods } from './iter';
import { installListMethods } from './list-type';
import { installMiscMethods } from './misc-types';
import { installNumericDunders } from './operators';
import { installStrMethods } from './str-type';
import { makeBuiltins } from './builtins';
import type { PyValue } from './object';

let builtins: Map<string, PyValue> | null = null;

/** The builtins namespace (the type methods are installed on first use). */
export function getBuiltins(): Map<string, PyValue> {
  if (builtins === null) {
    installMiscMethods();
    installNumericDunders();
    installIteratorMethods();
    installStrMethods();
    installListMethods();
    installDictMethods();
    builtins = makeBuiltins();
  }
  return builtins;
}
