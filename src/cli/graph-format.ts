// The computational graph as text: mermaid (for docs and the webview) and Graphviz dot.
import type { GraphNode, JsonValue } from '../analysis';
import { shortValue } from './format-value';

function label(n: GraphNode): string {
  const head = n.kind === 'op' ? (n.name !== undefined ? `${n.name} = ${n.op}` : (n.op ?? 'op')) : (n.name ?? 'const');
  const shape = n.shape.length > 0 ? ` ${n.shape.join('×')}` : '';
  const value = n.shape.length === 0 ? shortValue(n.value as JsonValue) : shortValue(n.value as JsonValue, n.shape);
  const grad = n.grad === null ? '-' : shortValue(n.grad, n.shape);
  const line = n.range !== undefined ? ` · line ${n.range.line}` : '';
  return `${head}${shape}${line}\nvalue ${value}\ngrad ${grad}`;
}

function mermaidText(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\n/g, '<br/>');
}

export function toMermaid(nodes: GraphNode[]): string {
  const lines = ['flowchart BT'];
  for (const n of nodes) lines.push(`  n${n.id}["${mermaidText(label(n))}"]`);
  for (const n of nodes) for (const i of n.inputs) lines.push(`  n${i} --> n${n.id}`);
  return lines.join('\n') + '\n';
}

function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function toDot(nodes: GraphNode[]): string {
  const lines = ['digraph gradlens {', '  rankdir=BT;', '  node [shape=box, fontname="monospace"];'];
  for (const n of nodes) lines.push(`  n${n.id} [label="${dotText(label(n))}"${n.kind === 'leaf' ? ', style=rounded' : ''}];`);
  for (const n of nodes) for (const i of n.inputs) lines.push(`  n${i} -> n${n.id};`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
