// What one graph panel is told, and when: nothing before `ready`, everything at `ready`, no
// repeated graph, stale answers dropped, a comparison after its graph, highlights re-sent after
// the first drawing.
import { describe, expect, it } from 'vitest';
import { PanelSession } from '../../src/client/panel-session';
import type { GraphResult } from '../../src/server/protocol';
import type { HostToPanel } from '../../webview/protocol';

function result(rootValue: number, version = 1): GraphResult {
  return {
    uri: 'file:///w/circuit.py',
    version,
    root: { name: 'f', line: 6, value: rootValue, rule: 'last-assignment' },
    graph: [{ id: 1, kind: 'leaf', name: 'f', shape: [], value: rootValue, grad: 1, inputs: [] }],
    checks: [],
    bindings: [],
    comparisons: [],
    diagnostics: [],
    maxGraphNodes: 150,
    exitCode: 0,
  };
}

function session(maxNodes = 150): { s: PanelSession; sent: HostToPanel[]; setMax: (n: number) => void } {
  const sent: HostToPanel[] = [];
  let max = maxNodes;
  const s = new PanelSession({ post: (m) => sent.push(m), maxNodes: () => max });
  return { s, sent, setMax: (n) => (max = n) };
}

const summary = (sent: HostToPanel[]): string[] =>
  sent.map((m) => (m.type === 'graph' ? `graph ${String(m.root?.value)} max ${m.maxNodes}` : m.type === 'highlight' ? `highlight ${m.name}` : `showComparison ${m.check}`));

describe('PanelSession', () => {
  it('holds everything until the panel is ready, then sends the latest graph and the comparison after it', () => {
    const { s, sent } = session();
    s.setResult(result(1));
    s.setResult(result(2));
    s.showComparison(0);
    s.highlight('q');
    expect(sent).toEqual([]);
    s.onReady();
    expect(summary(sent)).toEqual(['graph 2 max 150', 'showComparison 0']);
  });

  it('does not send an unchanged graph again, but does a changed one and a changed node limit', () => {
    const { s, sent, setMax } = session();
    s.onReady();
    s.setResult(result(1));
    s.setResult(result(1));
    s.settingsChanged();
    s.setResult(result(2, 2));
    setMax(40);
    s.settingsChanged();
    s.settingsChanged();
    expect(summary(sent)).toEqual(['graph 1 max 150', 'graph 2 max 150', 'graph 2 max 40']);
  });

  it('sends everything again when the panel script restarts (a second ready)', () => {
    const { s, sent } = session();
    s.onReady();
    s.setResult(result(1));
    s.onReady();
    expect(summary(sent)).toEqual(['graph 1 max 150', 'graph 1 max 150']);
  });

  it('drops the answer to a request that a newer request superseded', () => {
    const { s, sent } = session();
    s.onReady();
    const older = s.nextRequest();
    const newer = s.nextRequest();
    expect(s.setResult(result(2), newer)).toBe(true);
    expect(s.setResult(result(1), older)).toBe(false);
    expect(s.result?.root?.value).toBe(2);
    expect(summary(sent)).toEqual(['graph 2 max 150']);
  });

  it('waits with a comparison until there is a graph to compare in', () => {
    const { s, sent } = session();
    s.onReady();
    s.showComparison(3);
    expect(sent).toEqual([]);
    s.setResult(result(1));
    s.setResult(result(2));
    expect(summary(sent)).toEqual(['graph 1 max 150', 'showComparison 3', 'graph 2 max 150']);
  });

  it('sends each change of the word under the cursor once', () => {
    const { s, sent } = session();
    s.onReady();
    s.setResult(result(1));
    s.onRendered();
    s.highlight('q');
    s.highlight('q');
    s.highlight('z');
    s.highlight('');
    expect(summary(sent)).toEqual(['graph 1 max 150', 'highlight q', 'highlight z', 'highlight ']);
  });

  it('sends the highlight again after the drawing of each new graph, but not after other redraws', () => {
    const { s, sent } = session();
    s.highlight('q'); // before ready: not sent, remembered
    s.setResult(result(1));
    s.onReady();
    s.onRendered(); // the first drawing: now there is something to mark
    s.onRendered(); // a fold or the panel's own search: the panel's highlight stays
    s.setResult(result(2, 2));
    s.onRendered();
    s.onRendered();
    expect(summary(sent)).toEqual(['graph 1 max 150', 'highlight q', 'graph 2 max 150', 'highlight q']);
  });
});
