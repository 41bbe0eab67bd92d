// The host's pure side of the graph panel: server answer -> `graph` message, the panel's messages
// checked before use, the word under the cursor, the check "Show Gradient Comparison" opens.
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/analysis/report';
import {
  DEFAULT_MAX_NODES,
  comparisonTarget,
  editorRange,
  fileNameOf,
  graphMessage,
  identifierAt,
  maxNodesSetting,
  panelTitle,
  parsePanelMessage,
  svgFileName,
} from '../../src/client/panel-messages';
import type { GraphResult } from '../../src/server/protocol';

function check(line: number, status: CheckReport['status'], fn = 'f'): CheckReport {
  return { kind: 'returned-gradient', function: fn, line, wrt: 'x', status, maxRelError: status === 'pass' ? 1e-9 : 0.5, worstIndex: [0], analytic: 2, numeric: 1, autograd: 1 };
}

describe('graphMessage', () => {
  it('carries root, graph, checks, bindings, comparisons and the node limit, and nothing of the server', () => {
    const result: GraphResult = {
      uri: 'file:///w/a.py',
      version: 3,
      root: { name: 'f', line: 2, value: -12, rule: 'last-assignment' },
      graph: [{ id: 1, kind: 'leaf', name: 'x', shape: [], value: -2, grad: -4, inputs: [] }],
      checks: [check(5, 'mismatch')],
      bindings: [{ name: 'x', line: 1, range: { line: 1, col: 0, endLine: 1, endCol: 1 }, scope: '<module>', count: 1, value: -2, grad: -4 }],
      comparisons: [{ check: 0, user: [2], exact: [1], numeric: [null] }],
      diagnostics: [{ code: 'gradient-mismatch', severity: 'error', line: 5, column: 1, endLine: 5, endColumn: 3, message: 'm' }],
      maxGraphNodes: 150,
      exitCode: 0,
    };
    expect(graphMessage(result, 40)).toEqual({
      type: 'graph',
      root: result.root,
      graph: result.graph,
      checks: result.checks,
      bindings: result.bindings,
      comparisons: result.comparisons,
      maxNodes: 40,
    });
  });
});

describe('maxNodesSetting', () => {
  it('takes whole numbers from 1 and falls back to 150 otherwise', () => {
    expect(DEFAULT_MAX_NODES).toBe(150);
    expect(maxNodesSetting(1)).toBe(1);
    expect(maxNodesSetting(1000)).toBe(1000);
    for (const bad of [0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '40', null, undefined]) expect(maxNodesSetting(bad)).toBe(150);
  });
});

describe('names from URIs', () => {
  it('titles the panel and names the SVG after the file, decoded', () => {
    expect(fileNameOf('file:///home/u/my%20net.py')).toBe('my net.py');
    expect(panelTitle('file:///w/examples/lecture/neuron.py')).toBe('Backprop: neuron.py');
    expect(panelTitle('untitled:Untitled-1')).toBe('Backprop: untitled:Untitled-1');
    expect(svgFileName('file:///w/neuron.py')).toBe('neuron-graph.svg');
    expect(svgFileName('file:///w/archive.tar.py')).toBe('archive.tar-graph.svg');
    expect(svgFileName('file:///w/.hidden')).toBe('.hidden-graph.svg');
  });
});

describe('identifierAt', () => {
  it('finds the identifier the cursor is on or just after', () => {
    expect(identifierAt('q = x + y', 0)).toBe('q');
    expect(identifierAt('q = x + y', 1)).toBe('q');
    expect(identifierAt('q = x + y', 2)).toBe('');
    expect(identifierAt('f = q * z', 4)).toBe('q');
    expect(identifierAt('loss = data_loss + reg', 12)).toBe('data_loss');
    expect(identifierAt('a+b', 1)).toBe('a');
    expect(identifierAt('  out.grad += 1', 6)).toBe('grad');
  });

  it('is empty on keywords, numbers and past the end', () => {
    expect(identifierAt('def relu(x):', 1)).toBe('');
    expect(identifierAt('    return x', 7)).toBe('');
    expect(identifierAt('y = 1e5', 5)).toBe('');
    expect(identifierAt('y = 1e5', 6)).toBe('');
    expect(identifierAt('', 0)).toBe('');
    expect(identifierAt('x', 5)).toBe('x');
    // soft keywords are names outside match statements
    expect(identifierAt('match = 1', 0)).toBe('match');
    expect(identifierAt('_ = 1', 0)).toBe('_');
  });

  it('counts the column in UTF-16 units and normalises like CPython (NFKC)', () => {
    expect(identifierAt('α = β', 4)).toBe('β');
    // U+1D465 is two UTF-16 units; column 2 is just after it; CPython reads it as `x`
    expect(identifierAt('𝑥 = w0 * x0', 2)).toBe('x');
    expect(identifierAt('𝑥 = w0 * x0', 5)).toBe('w0');
  });
});

describe('editorRange', () => {
  it('turns 1-based lines into 0-based ones and keeps the UTF-16 columns', () => {
    expect(editorRange({ line: 5, col: 0, endLine: 5, endCol: 1 })).toEqual({ startLine: 4, startCharacter: 0, endLine: 4, endCharacter: 1 });
    expect(editorRange({ line: 1, col: 4, endLine: 3, endCol: 2 })).toEqual({ startLine: 0, startCharacter: 4, endLine: 2, endCharacter: 2 });
  });
});

describe('parsePanelMessage', () => {
  it('accepts the protocol messages', () => {
    expect(parsePanelMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parsePanelMessage({ type: 'reveal', range: { line: 2, col: 0, endLine: 2, endCol: 3 } })).toEqual({ type: 'reveal', range: { line: 2, col: 0, endLine: 2, endCol: 3 } });
    expect(parsePanelMessage({ type: 'copy', text: 'flowchart BT' })).toEqual({ type: 'copy', text: 'flowchart BT' });
    expect(parsePanelMessage({ type: 'saveSvg', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' })?.type).toBe('saveSvg');
    expect(parsePanelMessage({ type: 'rendered', nodes: 12, millis: 3.5 })).toEqual({ type: 'rendered', nodes: 12, millis: 3.5 });
  });

  it('drops anything else, and ranges that are not 1-based, whole or ordered', () => {
    for (const bad of [
      null,
      'ready',
      { type: 'nope' },
      { type: 'reveal' },
      { type: 'reveal', range: { line: 0, col: 0, endLine: 0, endCol: 1 } },
      { type: 'reveal', range: { line: 2, col: 1.5, endLine: 2, endCol: 3 } },
      { type: 'reveal', range: { line: 3, col: 0, endLine: 2, endCol: 3 } },
      { type: 'reveal', range: { line: 2, col: 4, endLine: 2, endCol: 3 } },
      { type: 'copy', text: 5 },
      { type: 'saveSvg', svg: '<script>alert(1)</script>' },
      { type: 'rendered', nodes: -1, millis: 1 },
    ])
      expect(parsePanelMessage(bad)).toBeUndefined();
  });
});

describe('comparisonTarget', () => {
  const checks = [check(12, 'pass', 'affine_backward'), check(26, 'mismatch', 'relu_backward'), check(26, 'kink'), check(40, 'kink'), check(40, 'mismatch')];

  it('opens the failed check on the lens or action line, a mismatch before a kink', () => {
    expect(comparisonTarget(checks, 26, 'layers.py')).toEqual({ check: 1 });
    expect(comparisonTarget(checks, 40, 'layers.py')).toEqual({ check: 4 });
  });

  it('says so when the check on the line passed', () => {
    const t = comparisonTarget(checks, 12, 'layers.py');
    expect(t).toEqual({ none: 'gradlens: the returned-gradient check of affine_backward w.r.t. x on line 12 passed (max relative error 1.00e-9).' });
  });

  it('without a line (or on a line without checks) opens the first mismatch, else the first kink', () => {
    expect(comparisonTarget(checks, undefined, 'layers.py')).toEqual({ check: 1 });
    expect(comparisonTarget(checks, 99, 'layers.py')).toEqual({ check: 1 });
    expect(comparisonTarget([check(1, 'pass'), check(2, 'kink')], undefined, 'a.py')).toEqual({ check: 1 });
  });

  it('names the file when nothing failed or nothing ran', () => {
    expect(comparisonTarget([check(1, 'pass')], undefined, 'a.py')).toEqual({ none: 'gradlens: every gradient check in a.py passed.' });
    expect(comparisonTarget([], 3, 'a.py')).toEqual({ none: 'gradlens: no gradient checks ran in a.py.' });
  });
});
