// Iteration: the iterator objects of the builtin containers, generator objects, and getIter(),
// which turns any iterable into a PyIterator whose `next()` returns undefined when exhausted.
import { Tensor } from '../../engine';
import { PyDict, PyDictView, PyList, PyRange, PySet, PyTuple, tuple } from './collections';
import { BaseException, GeneratorExit, MAX_SEQUENCE_LENGTH, PyExc, RuntimeError, StopIteration, checkSequenceLength, pyErr, typeError } from './errors';
import { KwArgs, None, PyObject, PyType, PyValue, builtinType, objectId, typeName, typeOf } from './object';
import { ctx, nativeStep } from './context';
import { callMethod, callValue, repr, str } from './protocols';
import { PyMethodDescriptor } from './functions';

/** Base of every native iterator: `next()` gives the next value or undefined at the end. */
export abstract class PyIterator extends PyObject {
  abstract next(): PyValue | undefined;
}

const iterTypes: PyType[] = [];
function iterType(name: string): PyType {
  const t = builtinType(name);
  iterTypes.push(t);
  return t;
}
export const listIteratorType = iterType('list_iterator');
export const listReverseIteratorType = iterType('list_reverseiterator');
export const tupleIteratorType = iterType('tuple_iterator');
export const rangeIteratorType = iterType('range_iterator');
export const strIteratorType = iterType('str_ascii_iterator');
export const dictKeyIteratorType = iterType('dict_keyiterator');
export const dictValueIteratorType = iterType('dict_valueiterator');
export const dictItemIteratorType = iterType('dict_itemiterator');
export const setIteratorType = iterType('set_iterator');
export const generatorType = iterType('generator');
export const callIteratorType = iterType('iterator');
export const enumerateType = iterType('enumerate');
export const zipType = iterType('zip');
export const mapType = iterType('map');
export const filterType = iterType('filter');
export const reversedType = iterType('reversed');

export class SeqIterator extends PyIterator {
  i = 0;
  constructor(
    readonly items: PyValue[],
    cls: PyType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const items = this.items;
    return this.i < items.length ? items[this.i++] : undefined;
  }
}

/** Over a list's live storage (sees appends made during the loop, like CPython). */
export class ListIterator extends PyIterator {
  i = 0;
  constructor(readonly list: PyList) {
    super(listIteratorType);
  }
  next(): PyValue | undefined {
    const items = this.list.items;
    return this.i < items.length ? items[this.i++] : undefined;
  }
}

export class RangeIterator extends PyIterator {
  private cur: number;
  private left: number;
  constructor(
    readonly range: PyRange,
    /** Whether each value counts as a step (native code consuming it: sum(range(10**12)) must meet
     *  the budgets); a compiled loop counts its own iterations (`loopIter`). */
    private readonly countsSteps = true,
  ) {
    super(rangeIteratorType);
    this.cur = range.start;
    this.left = range.length;
  }
  next(): PyValue | undefined {
    if (this.left <= 0) return undefined;
    this.left--;
    if (this.countsSteps) nativeStep();
    const v = this.cur;
    this.cur += this.range.step;
    return v;
  }
}

export class DictIterator extends PyIterator {
  private it: Iterator<{ k: PyValue; v: PyValue }>;
  private readonly size: number;
  constructor(
    readonly target: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super(kind === 'keys' ? dictKeyIteratorType : kind === 'values' ? dictValueIteratorType : dictItemIteratorType);
    this.it = target.map.values();
    this.size = target.size;
  }
  next(): PyValue | undefined {
    if (this.target.size !== this.size) throw pyErr(RuntimeError, 'dictionary changed size during iteration');
    const r = this.it.next();
    if (r.done) return undefined;
    const e = r.value;
    return this.kind === 'keys' ? e.k : this.kind === 'values' ? e.v : tuple([e.k, e.v]);
  }
}

/** Wraps a JS iterator (zip, map, enumerate, ... are written as JS generators). */
export class JsIterator extends PyIterator {
  constructor(
    private readonly it: Iterator<PyValue>,
    cls: PyType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}

/** An object with a Python-level __next__ (user iterator classes). */
export class UserIterator extends PyIterator {
  private readonly nextMethod: PyValue;
  constructor(readonly target: PyValue) {
    super(callIteratorType);
    const m = typeOf(target).lookup('__next__');
    if (m === null) throw typeError(`iter() returned non-iterator of type '${typeName(target)}'`);
    this.nextMethod = m;
  }
  next(): PyValue | undefined {
    try {
      return callMethod(this.nextMethod, this.target, [], null);
    } catch (e) {
      if (e instanceof PyExc && e.cls.isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  }
}

/** Iterates an object that only has __getitem__ (the old sequence protocol). */
class GetItemIterator extends PyIterator {
  private i = 0;
  constructor(
    readonly target: PyValue,
    readonly getitem: PyValue,
  ) {
    super(callIteratorType);
  }
  next(): PyValue | undefined {
    try {
      return callMethod(this.getitem, this.target, [this.i++], null);
    } catch (e) {
      if (e instanceof PyExc && (e.cls.name === 'IndexError' || e.cls.isSubtypeOf(StopIteration))) return undefined;
      throw e;
    }
  }
}

/** Iterates the code points of a str. */
function* codePoints(s: string): Generator<PyValue> {
  for (const ch of s) yield ch;
}

/** A generator object: runs a compiled generator body (a JS generator) step by step. */
export class PyGenerator extends PyIterator {
  running = false;
  finished = false;
  /** Whether its body has been resumed once (a fresh generator closes without running code). */
  started = false;
  /** The value of the `return` that ended it (StopIteration.value). */
  returnValue: PyValue = None;
  constructor(
    private readonly body: Generator<PyValue, number, PyValue>,
    readonly name: string,
    readonly qualname: string,
    /** Called around each resumption (frame bookkeeping: depth, traceback entry). */
    private readonly resume: <T>(g: PyGenerator, step: () => T) => T,
  ) {
    super(generatorType);
  }
  next(): PyValue | undefined {
    return this.send(None);
  }
  send(v: PyValue): PyValue | undefined {
    if (this.finished) return undefined;
    if (this.running) throw pyErr('ValueError', 'generator already executing');
    this.running = true;
    this.started = true;
    try {
      const r = this.resume(this, () => this.body.next(v));
      if (r.done) {
        this.finished = true;
        return undefined;
      }
      return r.value;
    } catch (e) {
      this.finished = true;
      if (e instanceof PyExc && e.cls.isSubtypeOf(StopIteration)) throw pyErr(RuntimeError, 'generator raised StopIteration');
      throw e;
    } finally {
      this.running = false;
    }
  }
  throwInto(exc: PyExc): PyValue | undefined {
    if (this.finished) throw exc;
    if (this.running) throw pyErr('ValueError', 'generator already executing');
    this.running = true;
    this.started = true;
    try {
      const r = this.resume(this, () => this.body.throw(exc));
      if (r.done) {
        this.finished = true;
        return undefined;
      }
      return r.value;
    } catch (e) {
      this.finished = true;
      throw e;
    } finally {
      this.running = false;
    }
  }
  /** generator.close(): GeneratorExit raised where it is suspended, so its `finally` blocks and
   *  `with` exits run; a generator that yields again is a RuntimeError. */
  close(): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    let v: PyValue | undefined;
    try {
      v = this.throwInto(pyErr(GeneratorExit));
    } catch (e) {
      if (e instanceof PyExc && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return;
      throw e;
    }
    if (v !== undefined) throw pyErr(RuntimeError, 'generator ignored GeneratorExit');
  }
}

/**
 * Closes a generator a `for` loop made and abandoned (break, return, an exception): CPython frees it
 * there (its only reference was the loop's), which closes it. An exception from the close is, as
 * in a finalizer, reported on stderr and ignored.
 */
export function closeAbandonedGenerator(g: PyGenerator): void {
  try {
    g.close();
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    const text = str(e);
    ctx().writeErr(`Exception ignored in: ${repr(g)}\n${e.cls.name}${text === '' ? '' : ': ' + text}\n`);
  }
}

/** The generator a `for` loop owns: one it made itself (from a call or a generator expression) and
 *  that nothing has run yet, or null. */
export function ownedGenerator(it: PyIterator, fromCall: boolean): PyGenerator | null {
  return fromCall && it instanceof PyGenerator && !it.started ? it : null;
}

/** What generator.throw(typ[, val]) raises: an exception instance, or the class called with val. */
function thrownException(typ: PyValue, val: PyValue): PyExc {
  if (typ instanceof PyExc) return typ;
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    if (val instanceof PyExc && val.cls.isSubtypeOf(typ)) return val;
    const e = callValue(typ, val === None ? [] : [val], null);
    if (e instanceof PyExc) return e;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

/** getIter for a compiled loop, which counts a step per iteration itself (a range's iterator
 *  does not count them again). */
export function loopIter(v: PyValue): PyIterator {
  return v instanceof PyRange ? new RangeIterator(v, false) : getIter(v);
}

/** iter(v) for the evaluator: always a PyIterator (user iterators wrapped). */
export function getIter(v: PyValue): PyIterator {
  if (typeof v === 'object' && !(v instanceof Tensor)) {
    if (v instanceof PyList) return new ListIterator(v);
    if (v instanceof PyTuple) return new SeqIterator(v.items, tupleIteratorType);
    if (v instanceof PyRange) return new RangeIterator(v);
    if (v instanceof PyIterator) return v;
    if (v instanceof PyDict && !v.cls.isUserClass) return new DictIterator(v, 'keys');
    if (v instanceof PySet) return new SeqIterator(v.ordered(), setIteratorType);
    if (v instanceof PyDictView) return new DictIterator(v.target, v.kind);
    const t = v.cls;
    const it = t.lookup('__iter__');
    if (it !== null && it !== None) {
      const r = callMethod(it, v, [], null);
      if (r instanceof PyIterator) return r;
      return new UserIterator(r);
    }
    // `__iter__ = None` declares the type not iterable, even with a __getitem__; so does a
    // mapping-only subscript (numpy scalars).
    if (it === None || t.subscriptIsMappingOnly) throw typeError(`'${typeName(v)}' object is not iterable`);
    if (v instanceof PyDict) return new DictIterator(v, 'keys');
    const gi = t.lookup('__getitem__');
    if (gi !== null) return new GetItemIterator(v, gi);
  } else if (typeof v === 'string') return new JsIterator(codePoints(v), strIteratorType);
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/** iter(v) for Python code: an object with a user __iter__ returning self stays itself. */
export function pyIter(v: PyValue): PyValue {
  if (typeof v === 'object' && !(v instanceof Tensor) && !(v instanceof PyIterator) && v.cls.isUserClass) {
    const it = v.cls.lookup('__iter__');
    if (it !== null) {
      const r = callMethod(it, v, [], null);
      if (!(r instanceof PyIterator) && typeOf(r).lookup('__next__') === null)
        throw typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
      return r;
    }
  }
  return getIter(v);
}

/** next(it) for Python code: undefined at the end. */
export function pyNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator) return it.next();
  const m = typeOf(it).lookup('__next__');
  if (m === null) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callMethod(m, it, [], null);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(StopIteration)) return undefined;
    throw e;
  }
}

/** All values of an iterable, as a JS array (list(v)). */
export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  if (v instanceof PyRange) checkSequenceLength(v.length);
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (out.length === MAX_SEQUENCE_LENGTH) checkSequenceLength(out.length + 1);
    out.push(x);
  }
  return out;
}

/** Installs __iter__/__next__/send/close on the native iterator types (runtime/setup.ts). */
export function installIteratorMethods(): void {
  // Every native iterator type answers __iter__ and __next__ to Python code too.
  for (const t of iterTypes) {
    t.dict!.set('__iter__', new PyMethodDescriptor('__iter__', t, (self) => self));
    t.dict!.set(
      '__next__',
      new PyMethodDescriptor('__next__', t, (self) => {
        const v = (self as PyIterator).next();
        if (v === undefined) {
          const e = pyErr(StopIteration);
          if (self instanceof PyGenerator && self.returnValue !== None) e.args = [self.returnValue];
          throw e;
        }
        return v;
      }),
    );
  }
  generatorType.dict!.set(
    'send',
    new PyMethodDescriptor('send', generatorType, (self, args) => {
      const v = (self as PyGenerator).send(args[0] ?? None);
      if (v === undefined) {
        const e = pyErr(StopIteration);
        const rv = (self as PyGenerator).returnValue;
        if (rv !== None) e.args = [rv];
        throw e;
      }
      return v;
    }),
  );
  generatorType.dict!.set(
    'throw',
    new PyMethodDescriptor('throw', generatorType, (self, args) => {
      const g = self as PyGenerator;
      const v = g.throwInto(thrownException(args[0] ?? None, args[1] ?? None));
      if (v === undefined) {
        const e = pyErr(StopIteration);
        if (g.returnValue !== None) e.args = [g.returnValue];
        throw e;
      }
      return v;
    }),
  );
  generatorType.dict!.set(
    '__repr__',
    new PyMethodDescriptor('__repr__', generatorType, (self) => `<generator object ${(self as PyGenerator).qualname} at 0x${objectId(self).toString(16).padStart(12, '0')}>`),
  );
  generatorType.dict!.set(
    'close',
    new PyMethodDescriptor('close', generatorType, (self) => {
      (self as PyGenerator).close();
      return None;
    }),
  );
}
