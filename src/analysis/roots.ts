// Which value is "the loss": the rules of DIALECT.md, first that applies wins.
import type { Tensor } from '../engine';
import type { Binding } from '../python/trace';
import type { Span } from '../python/ir';
import { PyTuple } from '../python/runtime/collections';
import type { PyValue } from '../python/runtime/object';
import type { AnalysisRecorder } from './recorder';
import type { RootReport } from './report';
import { numericTensor } from './numeric';

export interface Root {
  tensor: Tensor;
  name: string;
  line: number;
  span: Span;
  rule: RootReport['rule'];
}

const LOSS_NAMES = /^(loss|cost|objective)$/i;
const LOSS_EXACT = new Set(['L', 'J']);

/**
 * Finds the root. `rootName` is the user's choice (`--root`, "Backprop From Here"): the last
 * binding of that name in execution order.
 */
export function findRoot(rec: AnalysisRecorder, rootName?: string): Root | null {
  const entries = rec.entries();
  const byTime = [...entries].sort((a, b) => b.seq - a.seq);
  const fromBinding = (b: Binding, rule: Root['rule']): Root | null => {
    const t = numericTensor(b.value) ?? numericTensor(b.live);
    return t === null ? null : { tensor: t, name: b.name, line: b.line, span: b.span, rule };
  };

  // 1. the receiver of the last executed .backward() call
  if (rec.backwardReceiver !== null) {
    const receiver = rec.backwardReceiver.value;
    const t = numericTensor(receiver);
    if (t !== null) {
      // name it after the last binding that held this very object, if any
      const holders = byTime.filter((b) => b.live === receiver);
      const holder = holders.find((b) => b.scope === '<module>') ?? holders.find((b) => !b.scope.endsWith('.backward')) ?? holders[0];
      if (holder !== undefined) return { tensor: t, name: holder.name, line: holder.line, span: holder.span, rule: 'backward-call' };
    }
  }
  // 2. the variable the user named
  if (rootName !== undefined) {
    const b = byTime.find((x) => x.name === rootName);
    if (b !== undefined) return fromBinding(b, 'option');
    return null;
  }
  // 3. in a function whose name contains "loss", the first element of what its last call returned
  let lossCall: { value: PyValue; seq: number; qualname: string; span: Span } | null = null;
  for (const c of rec.lastCall.values()) {
    const short = c.qualname.slice(c.qualname.lastIndexOf('.') + 1);
    if (!/loss/i.test(short) || c.returned === undefined) continue;
    if (lossCall === null || c.seq > lossCall.seq) lossCall = { value: c.returned, seq: c.seq, qualname: c.qualname, span: c.span };
  }
  if (lossCall !== null) {
    const first = lossCall.value instanceof PyTuple ? lossCall.value.items[0] : lossCall.value;
    const t = first === undefined ? null : numericTensor(first);
    if (t !== null) {
      // the binding inside the loss function that holds the returned value names it
      const inside = byTime.find((b) => b.scope === lossCall!.qualname && (b.live === first || numericTensor(b.value)?.id === t.id));
      if (inside !== undefined) return { tensor: t, name: inside.name, line: inside.line, span: inside.span, rule: 'loss-function' };
      return { tensor: t, name: `${lossCall.qualname}()`, line: lossCall.span.line, span: lossCall.span, rule: 'loss-function' };
    }
  }
  // 4. the last assignment to loss / cost / objective / L / J
  for (const b of byTime) {
    if (!(LOSS_NAMES.test(b.name) || LOSS_EXACT.has(b.name))) continue;
    const r = fromBinding(b, 'loss-name');
    if (r !== null) return r;
  }
  // 5. the last numeric assignment of the module
  for (const b of byTime) {
    if (b.scope !== '<module>') continue;
    const r = fromBinding(b, 'last-assignment');
    if (r !== null) return r;
  }
  return null;
}
