// The object graph of a micrograd-style program: the user's own node objects (numeric `data`,
// `grad`, children in a set/tuple/list attribute such as `_prev`), snapshotted when `.backward()`
// is called on one of them and when it returns, so later training updates do not blur it.
import type { Tensor } from '../engine';
import { PyList, PySet, PyTuple } from '../python/runtime/collections';
import { PyObject, type PyValue, typeOf } from '../python/runtime/object';
import { numericTensor } from './numeric';

export interface GraphObject {
  obj: PyObject;
  /** `.data` when backward was called. */
  data: Tensor;
  children: PyObject[];
  /** The user's `.grad` right after backward returned (null: not numeric). */
  grad: Tensor | null;
}

export interface ObjectGraphSnapshot {
  root: PyObject;
  frame: number;
  nodes: Map<PyObject, GraphObject>;
  /** The backward call's site. */
  callLine: number;
  complete: boolean;
}

const MAX_OBJECTS = 200_000;

/** A user-class object with a numeric `data` and a `grad` attribute. */
export function isGradObject(v: PyValue): v is PyObject {
  if (!(v instanceof PyObject) || !typeOf(v).isUserClass || v.dict === null) return false;
  return numericTensor(v.dict.get('data')) !== null && v.dict.has('grad');
}

function childrenOf(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const v of o.dict!.values()) {
    let items: PyValue[] | null = null;
    if (v instanceof PyTuple || v instanceof PyList) items = v.items;
    else if (v instanceof PySet) items = [...v.map.values()] as PyValue[];
    if (items === null || items.length === 0) continue;
    // children are nodes of the same class; one made from an int (`Value(1)`, data not a float)
    // is a constant outside the tape, not a leaf to judge
    if (items.every((x) => x instanceof PyObject && x.cls === o.cls)) out.push(...(items as PyObject[]).filter(isGradObject));
  }
  return out;
}

export function snapshotObjectGraph(root: PyObject, frame: number, callLine: number): ObjectGraphSnapshot {
  const nodes = new Map<PyObject, GraphObject>();
  const stack: PyObject[] = [root];
  let complete = true;
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (nodes.has(o)) continue;
    if (nodes.size >= MAX_OBJECTS) {
      complete = false;
      break;
    }
    const children = childrenOf(o);
    nodes.set(o, { obj: o, data: numericTensor(o.dict!.get('data'))!, children, grad: null });
    for (const c of children) if (!nodes.has(c)) stack.push(c);
  }
  return { root, frame, nodes, callLine, complete };
}

/** Reads every node's `.grad` (called when backward returns). */
export function recordUserGrads(s: ObjectGraphSnapshot): void {
  for (const n of s.nodes.values()) n.grad = numericTensor(n.obj.dict!.get('grad'));
}
