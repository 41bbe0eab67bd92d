// The side area: the chain rule at the current step, with the numbers -
// upstream dL/d out, each input's local derivative, downstream = local x upstream - the
// gate's pattern, and whether the contributions add up to the recorded gradient.
import type { ChainRuleStep, GraphModel, InputTerm } from '../model';
import { formatArray, formatElements, nodeName } from '../model';
import { shapeText } from '../model/local-derivatives';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export function renderOverview(side: HTMLElement, model: GraphModel, rootName: string | null): void {
  side.replaceChildren();
  side.append(el('h3', 'Backward pass'));
  const root = model.index.rootId === null ? null : model.index.byId.get(model.index.rootId)!;
  side.append(
    el('p', root === null ? 'No graph: the root does not depend on any recorded operation.' : `Root: ${rootName ?? nodeName(root)} (${model.index.nodes.length} nodes, ${model.walk.steps.length} backward steps).`),
    el('p', 'Green: forward value. Red: gradient dL/d(node). Press Reset, then Next (or the Right key) to walk the backward pass one node at a time.'),
  );
}

export function renderStep(side: HTMLElement, model: GraphModel, step: ChainRuleStep | null, position: number): void {
  side.replaceChildren();
  const total = model.walk.steps.length;
  if (step === null) {
    side.append(el('h3', `Step 0 of ${total}: forward pass`, { 'data-role': 'step-title' }), el('p', 'Every node shows its value. Gradients appear as the backward pass reaches them, starting with dL/dL = 1 at the root.'));
    return;
  }
  const node = model.index.byId.get(step.node)!;
  side.append(el('h3', `Step ${position + 1} of ${total}: ${node.name !== undefined ? `${node.name} = ` : ''}${step.op}`, { 'data-role': 'step-title' }));
  if (step.pattern !== null) side.append(el('div', step.pattern, { class: 'pattern', 'data-role': 'pattern' }));
  const up = el('div', undefined, { 'data-role': 'upstream' });
  up.append('upstream dL/d out = ', el('span', formatElements(step.upstream), { class: 'num g' }));
  side.append(up);
  for (const term of step.terms) side.append(renderTerm(term, step));
  if (step.fanOut.length > 0)
    side.append(el('p', `copy gate (fan-out): ${step.fanOut.join(', ')} feed${step.fanOut.length === 1 ? 's' : ''} several ops; the gradients coming back add up.`, { 'data-role': 'fanout' }));
}

function renderTerm(t: InputTerm, step: ChainRuleStep): HTMLElement {
  const box = el('div', undefined, { class: 'term', 'data-role': 'term', 'data-input': t.name });
  box.append(el('div', `input ${t.name}`, { class: 't' }));
  const local = el('div', undefined, { 'data-role': 'local' });
  if (t.rule.kind === 'elementwise') {
    local.append(`local ${t.rule.formula} = `, el('span', formatElements(t.rule.local), { class: 'num' }));
  } else if (t.rule.kind === 'vjp') {
    local.append(`local: ${t.rule.jacobian}`);
  } else local.append(t.rule.formula);
  box.append(local);
  const down = el('div', undefined, { 'data-role': 'downstream' });
  if (t.rule.kind === 'none') down.append('downstream: none');
  else if (t.rule.kind === 'vjp') down.append(`${t.rule.formula} = `, el('span', formatElements(t.downstream), { class: 'num g' }));
  else
    down.append(
      `downstream dL/d${t.name} = local x upstream = `,
      el('span', t.downstream === null ? '-' : `${formatArray(t.rule.local)} x ${formatArray(step.upstream)} = ${formatElements(t.downstream)}`, { class: 'num g' }),
    );
  box.append(down);
  if (t.uses > 1) {
    box.append(el('div', `${t.arrived} of ${t.uses} contributions to ${t.name} so far, sum ${formatElements(t.accumulated)}`, { 'data-role': 'accumulated' }));
  }
  if (t.matchesRecorded !== null) {
    const shape = t.recorded === null ? '' : t.recorded.shape.length > 0 ? ` ${shapeText(t.recorded.shape)}` : '';
    box.append(
      t.matchesRecorded
        ? el('div', `= recorded dL/d${t.name}${shape} ${formatElements(t.recorded)}`, { class: 'ok', 'data-role': 'check' })
        : el('div', `differs from the recorded dL/d${t.name} ${formatElements(t.recorded)}`, { class: 'bad', 'data-role': 'check' }),
    );
  }
  return box;
}
