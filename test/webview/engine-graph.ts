// Test-only: builds Report graphs from engine ops, with source ranges and variable names, through
// the analysis's own graph builder (src/analysis/graph.ts), so the panel is tested on the nodes,
// values and gradients the extension will send.
import { buildGraph } from '../../src/analysis/graph';
import type { GraphNode } from '../../src/analysis/report';
import { Tensor, backward, setOrigin } from '../../src/engine';
import type { Span } from '../../src/python/ir';

export class GraphRecorder {
  private readonly spans: Span[] = [{ line: 0, col: 0, endLine: 0, endCol: 0 }];
  private readonly sites = new Map<string, number>();
  /** By tensor id (a scalar tensor may be met through several objects). */
  private readonly names = new Map<number, string>();

  /** Tensors made from now on come from this source range (one line, columns col..endCol). */
  at(line: number, col = 0, endCol = col + 10): this {
    const key = `${line}:${col}:${endCol}`;
    let tag = this.sites.get(key);
    if (tag === undefined) {
      tag = this.spans.length;
      this.spans.push({ line, col, endLine: line, endCol });
      this.sites.set(key, tag);
    }
    setOrigin(tag);
    return this;
  }

  name<T extends Tensor>(t: T, name: string): T {
    this.names.set(t.id, name);
    return t;
  }

  /** The Report graph of everything `root` depends on, with d root / d node on every node. */
  graph(root: Tensor): GraphNode[] {
    setOrigin(0);
    const grads = backward(root);
    return buildGraph(root, grads, { spans: this.spans, nameOf: (t) => this.names.get(t.id) });
  }
}

export const s = (x: number): Tensor => Tensor.scalar(x);
