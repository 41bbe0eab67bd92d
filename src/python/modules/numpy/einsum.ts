// np.einsum over letters (no '...', no label repeated within one operand): each operand is laid out
// over every label - the output's first, then the summed ones in order of first appearance - with
// size-1 axes for the labels it lacks, the operands are multiplied with broadcasting and the summed
// labels reduced. Built from recorded ops, so gradients flow to every operand. Sums run in the
// engine's order, not numpy's sum-of-products loops: long float contractions can differ in the last
// bits, as matrix products do.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { Unsupported, valueError } from '../../runtime/errors';

const LETTER = /^[A-Za-z]$/;

interface Parsed {
  terms: string[][];
  output: string[];
}

function parse(subscripts: string, count: number): Parsed {
  const text = subscripts.replace(/\s+/g, '');
  if (text.includes('.')) throw new Unsupported("numpy.einsum with '...'");
  const arrow = text.indexOf('->');
  const inputs = arrow < 0 ? text : text.slice(0, arrow);
  const terms = inputs.split(',').map((t) => [...t]);
  // (numpy's own wording, "fewer" and "more" as it says them)
  if (terms.length < count) throw valueError('fewer operands provided to einstein sum function than specified in the subscripts string');
  if (terms.length > count) throw valueError('more operands provided to einstein sum function than specified in the subscripts string');
  for (const t of terms)
    for (const c of t) if (!LETTER.test(c)) throw valueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
  const seen = terms.flat();
  let output: string[];
  if (arrow < 0) output = [...new Set(seen)].filter((c) => seen.indexOf(c) === seen.lastIndexOf(c)).sort();
  else {
    output = [...text.slice(arrow + 2)];
    for (const [k, c] of output.entries()) {
      if (!LETTER.test(c)) throw valueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
      if (output.indexOf(c) !== k) throw valueError(`einstein sum subscripts string includes output subscript '${c}' multiple times`);
      if (!seen.includes(c)) throw valueError(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
    }
  }
  return { terms, output };
}

export function einsum(subscripts: string, operands: Tensor[]): Tensor {
  const { terms, output } = parse(subscripts, operands.length);
  terms.forEach((t, i) => {
    const nd = operands[i].ndim;
    if (t.length > nd) throw valueError(`einstein sum subscripts string contains too many subscripts for operand ${i}`);
    if (t.length < nd) throw valueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    if (new Set(t).size !== t.length) throw new Unsupported('numpy.einsum with a label repeated in one operand (a diagonal)');
  });
  const summed = [...new Set(terms.flat())].filter((c) => !output.includes(c));
  const labels = [...output, ...summed];
  const size = new Map<string, number>();
  terms.forEach((t, i) =>
    t.forEach((c, ax) => {
      const n = operands[i].shape[ax];
      const known = size.get(c);
      if (known === undefined || known === 1) size.set(c, n);
      else if (n !== known && n !== 1) throw valueError(remappedShapesMessage(terms, operands, labels));
    }),
  );
  let product: Tensor | null = null;
  terms.forEach((t, i) => {
    const order = labels.filter((c) => t.includes(c));
    const laid = E.transpose(operands[i], order.map((c) => t.indexOf(c)));
    const full = E.reshape(laid, labels.map((c) => (t.includes(c) ? operands[i].shape[t.indexOf(c)] : 1)));
    product = product === null ? full : E.mul(product, full);
  });
  const all = product as unknown as Tensor;
  if (summed.length === 0) return all;
  return E.sum(all, summed.map((_, k) => output.length + k));
}

/** numpy's message for labels whose sizes disagree: each operand's shape over the labels (output's
 *  first, then the summed ones), leading labels it lacks left out. */
function remappedShapesMessage(terms: string[][], operands: Tensor[], labels: string[]): string {
  const parts = terms.map((t, i) => {
    const dims = labels.map((c) => (t.includes(c) ? String(operands[i].shape[t.indexOf(c)]) : 'newaxis'));
    while (dims.length > 0 && dims[0] === 'newaxis') dims.shift();
    return `${tupleText(operands[i].shape.map(String))}->${tupleText(dims)}`;
  });
  return `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')} `;
}

function tupleText(items: string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(',')})`;
}
