import { describe, expect, it } from 'vitest';
import { buildModel, computeView, escapeLabel, findNodes, fitDiagram, formatNumber, groupsToReveal, isTextSizeErrorSvg, nodeName } from '../../webview/model';
import { loopGraph, nestedGraph, sigmoidNeuron } from './circuits';

const two = (x: number): string => formatNumber(x);

describe('the lecture sigmoid neuron', () => {
  const graph = sigmoidNeuron();
  const model = buildModel({ graph });
  const byName = (name: string) => graph.find((n) => n.name === name)!;

  it('has 15 nodes: 5 parameters, 2 constants, 8 primitive ops', () => {
    expect(graph.length).toBe(15);
    expect(graph.filter((n) => n.kind === 'leaf').length).toBe(7);
    expect(graph.filter((n) => n.kind === 'op').map((n) => n.op).sort()).toEqual(['add', 'add', 'add', 'div', 'exp', 'mul', 'mul', 'neg']);
  });

  it('values and gradients as the lecture draws them (2 decimals)', () => {
    const vg = (name: string) => [two(byName(name).value as number), two(byName(name).grad as number)];
    expect(vg('w0')).toEqual(['2.00', '-0.20']);
    expect(vg('x0')).toEqual(['-1.00', '0.39']);
    expect(vg('w1')).toEqual(['-3.00', '-0.39']);
    expect(vg('x1')).toEqual(['-2.00', '-0.59']);
    expect(vg('w2')).toEqual(['-3.00', '0.20']);
    expect(vg('dot')).toEqual(['1.00', '0.20']);
    expect(vg('f')).toEqual(['0.73', '1.00']);
    const text = fitDiagram(model.index, model.grouping).text;
    for (const label of ['w0', '2.00', '-0.20', '0.73', '1.00', '-0.53', '0.37', '1.37']) expect(text).toContain(label);
  });

  it('steps root first, every op after its consumers, one step per op', () => {
    const order = model.walk.steps.map((s) => s.op);
    expect(order).toEqual(['div', 'add', 'exp', 'neg', 'add', 'add', 'mul', 'mul']);
    const position = new Map(model.walk.steps.map((s, i) => [s.node, i]));
    for (const s of model.walk.steps)
      for (const u of model.index.uses.get(s.node) ?? []) expect(position.get(u.consumer)!).toBeLessThan(position.get(s.node)!);
  });

  it('chain rule numbers at three steps: 1/x, exp, and the mul gate', () => {
    const [div, , expStep, , , , mulA, mulB] = model.walk.steps;
    // 1/x: upstream 1, local -1/x^2 at x = 1.37 is -0.53
    expect(two(div.upstream!.data[0])).toBe('1.00');
    const t = div.terms[1];
    expect(t.rule.kind).toBe('elementwise');
    expect(t.rule.kind === 'elementwise' && two(t.rule.local!.data[0])).toBe('-0.53');
    expect(two(t.downstream!.data[0])).toBe('-0.53');
    expect(t.matchesRecorded).toBe(true);
    // exp: upstream -0.53, local e^x = 0.37, downstream -0.20
    expect(two(expStep.upstream!.data[0])).toBe('-0.53');
    const e = expStep.terms[0];
    expect(e.rule.kind === 'elementwise' && two(e.rule.local!.data[0])).toBe('0.37');
    expect(two(e.downstream!.data[0])).toBe('-0.20');
    // mul gate w1 * x1 then w0 * x0: swaps
    const w0x0 = [mulA, mulB].find((s) => s.terms[0].name === 'w0')!;
    expect(w0x0.pattern).toMatch(/^mul gate: swaps/);
    expect(two(w0x0.upstream!.data[0])).toBe('0.20');
    expect(w0x0.terms.map((x) => x.rule.formula)).toEqual(['d out/d w0 = x0', 'd out/d x0 = w0']);
    expect(w0x0.terms.map((x) => two(x.downstream!.data[0]))).toEqual(['-0.20', '0.39']);
    expect(w0x0.terms.every((x) => x.matchesRecorded === true)).toBe(true);
  });

  it('the add gate distributes', () => {
    const add = model.walk.steps.find((s) => s.op === 'add' && s.terms.some((t) => t.name === 'w2'))!;
    expect(add.pattern).toMatch(/^add gate: distributes/);
    expect(add.terms.map((t) => two(t.downstream!.data[0]))).toEqual(['0.20', '0.20']);
  });

  it('has no repeated groups: everything is visible', () => {
    const view = computeView(model.index, model.grouping);
    expect(view.items.length).toBe(15);
    expect(view.items.every((i) => i.kind === 'node')).toBe(true);
  });
});

describe('grouping and folding', () => {
  it('a 1,000-iteration loop is one repeated block of 1,000 instances', () => {
    const graph = loopGraph(1000);
    const model = buildModel({ graph });
    expect(graph.length).toBe(3 + 3 * 1000);
    const [repeat] = model.grouping.top.children;
    expect(model.grouping.top.children.length).toBe(1);
    expect(repeat.kind).toBe('repeat');
    expect(repeat.count).toBe(1000);
    expect(repeat.children.every((inst) => inst.size === 3)).toBe(true);
    expect(model.grouping.top.nodes.length).toBe(3);
  });

  it('collapses the farthest iterations into one box and stays under the limit', () => {
    const model = buildModel({ graph: loopGraph(1000) });
    const view = computeView(model.index, model.grouping, { maxNodes: 150 });
    expect(view.items.length).toBeLessThanOrEqual(150);
    const boxes = view.items.filter((i) => i.kind === 'box');
    expect(boxes.length).toBe(1);
    const box = boxes[0];
    expect(box.kind === 'box' && box.title).toMatch(/^line 3 #1-#\d+ \(x\d+\)$/);
    // the root's iteration is expanded
    expect(view.itemOf.get(model.index.rootId!)).toBe(`n${model.index.rootId}`);
    // every graph node is represented, and the parameters too
    expect(view.itemOf.size).toBe(model.index.nodes.length);
    const { text } = fitDiagram(model.index, model.grouping);
    expect(text.length).toBeLessThan(50_000);
  });

  it('nests a function call with an inner loop inside the outer loop', () => {
    const model = buildModel({ graph: nestedGraph(4, 3) });
    const [outer] = model.grouping.top.children;
    expect(outer.count).toBe(4);
    for (const call of outer.children) {
      expect(call.children.length).toBe(1);
      expect(call.children[0].count).toBe(3);
    }
  });

  it('a 5,000-node trace renders collapsed within mermaid limits', () => {
    const model = buildModel({ graph: nestedGraph(250, 9) });
    expect(model.index.nodes.length).toBeGreaterThan(5000);
    const d = fitDiagram(model.index, model.grouping);
    expect(d.view.items.length).toBeLessThanOrEqual(150);
    // shared parameters are drawn beside each reader, and the copies count against the limit
    expect(d.drawn).toBeGreaterThan(d.view.items.length);
    expect(d.drawn).toBeLessThanOrEqual(150);
    expect(d.text.length).toBeLessThanOrEqual(50_000);
    expect(d.edges).toBeLessThanOrEqual(500);
  });

  it('a graph with nothing repeated still keeps the limit with a "farther nodes" box', () => {
    const graph = loopGraph(200).map((n, i) => (n.range === undefined ? n : { ...n, range: { ...n.range, line: 1000 + i } }));
    const model = buildModel({ graph });
    expect(model.grouping.top.children.length).toBe(0);
    const view = computeView(model.index, model.grouping, { maxNodes: 50 });
    expect(view.items.length).toBe(50);
    const far = view.items.find((i) => i.kind === 'far')!;
    expect(far.kind === 'far' && far.size).toBe(graph.length - 49);
  });

  it('user overrides: an expanded group stays expanded, a collapsed one stays collapsed', () => {
    const model = buildModel({ graph: nestedGraph(4, 3) });
    const [outer] = model.grouping.top.children;
    const collapsed = computeView(model.index, model.grouping, { overrides: new Map([[outer.key, false]]) });
    expect(collapsed.items.filter((i) => i.kind === 'box').length).toBe(1);
    const open = computeView(model.index, model.grouping, { maxNodes: 10, overrides: new Map([[outer.key, true]]) });
    expect(open.collapsed.has(outer.key)).toBe(false);
    expect(open.items.length).toBeLessThanOrEqual(10);
  });

  it('search finds a variable and the groups to open', () => {
    const model = buildModel({ graph: nestedGraph(4, 3) });
    const hits = findNodes(model, 'act');
    expect(hits.length).toBe(4 * 4);
    expect(groupsToReveal(model, hits[0]).map((g) => g.kind)).toEqual(['repeat', 'instance', 'repeat', 'instance']);
    expect(nodeName(model.index.byId.get(hits[0])!)).toBe('act');
  });
});

describe('mermaid text', () => {
  it('escapes label text so user names cannot break the syntax', () => {
    expect(escapeLabel('<lambda>"]#x')).toBe('#60;lambda#62;#34;]#35;x');
    expect(escapeLabel('a_b = mul (3,4)')).toBe('a_b = mul (3,4)');
  });

  it('lowers the node limit until the text fits maxTextSize', () => {
    const model = buildModel({ graph: loopGraph(300) });
    const d = fitDiagram(model.index, model.grouping, { maxNodes: 150, maxTextSize: 8000 });
    expect(d.text.length).toBeLessThanOrEqual(8000);
    expect(d.maxNodes).toBeLessThan(150);
  });

  it('recognises the SVG mermaid returns over maxTextSize', () => {
    expect(isTextSizeErrorSvg('<svg><text>Maximum text size in diagram exceeded</text></svg>')).toBe(true);
    expect(isTextSizeErrorSvg('<svg><g class="node"></g></svg>')).toBe(false);
  });
});
