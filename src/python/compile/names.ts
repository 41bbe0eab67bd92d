// Reading, writing and deleting names: frame slots, cells, class namespaces and globals.
import { Cell, PyValue } from '../runtime/object';
import { Frame } from '../runtime/functions';
import { NameError, UnboundLocalError, pyErr } from '../runtime/errors';
import { Ev, ScopeInfo, Unit, resolveName } from './unit';

function notDefined(n: string) {
  return pyErr(NameError, `name '${n}' is not defined`);
}
function unboundLocal(n: string) {
  return pyErr(UnboundLocalError, `cannot access local variable '${n}' where it is not associated with a value`);
}
function unboundFree(n: string) {
  return pyErr(NameError, `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
}

export function compileLoad(u: Unit, s: ScopeInfo, n: string): Ev {
  const kind = resolveName(s, n);
  switch (kind) {
    case 'local': {
      const i = s.slotOf.get(n)!;
      return (f) => {
        const v = f.slots[i];
        if (v === undefined) throw unboundLocal(n);
        return v as PyValue;
      };
    }
    case 'cell': {
      const i = s.slotOf.get(n)!;
      return (f) => {
        const v = (f.slots[i] as Cell).v;
        if (v === undefined) throw unboundLocal(n);
        return v;
      };
    }
    case 'free': {
      const i = s.slotOf.get(n)!;
      return (f) => {
        const v = (f.slots[i] as Cell).v;
        if (v === undefined) throw unboundFree(n);
        return v;
      };
    }
    case 'global': {
      const cell = u.globals.cell(n);
      const builtins = u.builtins;
      return () => {
        const v = cell.v;
        if (v !== undefined) return v;
        const b = builtins.get(n);
        if (b !== undefined) return b;
        throw notDefined(n);
      };
    }
    case 'classns': {
      const cell = u.globals.cell(n);
      const builtins = u.builtins;
      return (f) => {
        const v = f.classNs!.get(n) ?? cell.v ?? builtins.get(n);
        if (v === undefined) throw notDefined(n);
        return v;
      };
    }
    case 'classfree': {
      if (n === '__class__')
        return (f) => {
          const v = f.classCell?.v;
          if (v === undefined) throw unboundFree(n);
          return v;
        };
      const i = s.slotOf.get(n)!;
      return (f) => {
        const v = f.classNs!.get(n) ?? (f.slots[i] as Cell).v;
        if (v === undefined) throw unboundFree(n);
        return v;
      };
    }
  }
}

export type NameStore = (f: Frame, v: PyValue) => void;

export function compileNameStore(u: Unit, s: ScopeInfo, n: string): NameStore {
  const kind = resolveName(s, n);
  switch (kind) {
    case 'local': {
      const i = s.slotOf.get(n)!;
      return (f, v) => {
        f.slots[i] = v;
      };
    }
    case 'cell':
    case 'free': {
      const i = s.slotOf.get(n)!;
      return (f, v) => {
        (f.slots[i] as Cell).v = v;
      };
    }
    case 'global': {
      const cell = u.globals.cell(n);
      return (_f, v) => {
        cell.v = v;
      };
    }
    case 'classns':
    case 'classfree':
      return (f, v) => {
        f.classNs!.set(n, v);
      };
  }
}

export function compileNameDelete(u: Unit, s: ScopeInfo, n: string): (f: Frame) => void {
  const kind = resolveName(s, n);
  switch (kind) {
    case 'local': {
      const i = s.slotOf.get(n)!;
      return (f) => {
        if (f.slots[i] === undefined) throw unboundLocal(n);
        f.slots[i] = undefined;
      };
    }
    case 'cell':
    case 'free': {
      const i = s.slotOf.get(n)!;
      return (f) => {
        const c = f.slots[i] as Cell;
        if (c.v === undefined) throw kind === 'cell' ? unboundLocal(n) : unboundFree(n);
        c.v = undefined;
      };
    }
    case 'global': {
      const cell = u.globals.cell(n);
      return () => {
        if (cell.v === undefined) throw notDefined(n);
        cell.v = undefined;
      };
    }
    case 'classns':
    case 'classfree':
      return (f) => {
        if (!f.classNs!.delete(n)) throw notDefined(n);
      };
  }
}

/** The cell a nested scope captures for free name `n`, found in the defining frame. */
export function compileCellRef(s: ScopeInfo, n: string): (f: Frame) => Cell {
  if (n === '__class__') return (f) => f.classCell ?? new Cell();
  const slot = s.slotOf.get(n);
  if (slot === undefined || (s.kind !== 'class' && slot < s.nlocals && !s.cellNames.has(n))) {
    // The symbol table did not mark it as captured here: a fresh, unbound cell (NameError on use).
    return () => new Cell();
  }
  return (f) => f.slots[slot] as Cell;
}
