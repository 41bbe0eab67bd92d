// Which Python scope a source line is in, as the `__qualname__` the Report uses for binding scopes
// (`<module>`, `f`, `Net.loss`, `outer.<locals>.inner`), found from the indentation of the enclosing
// `def` and `class` lines.

const DEF = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const CLASS = /^\s*class\s+([A-Za-z_]\w*)/;

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function isCode(text: string): boolean {
  const t = text.trim();
  return t !== '' && !t.startsWith('#');
}

/** The qualname of the scope that holds 0-based line `line` of `lines`. */
export function scopeAtLine(lines: readonly string[], line: number): string {
  const here = lines[line] ?? '';
  let threshold = isCode(here) ? indentOf(here) : Infinity;
  const parts: { name: string; isFunction: boolean }[] = [];
  for (let i = line - 1; i >= 0 && threshold > 0; i--) {
    const text = lines[i];
    if (!isCode(text)) continue;
    const indent = indentOf(text);
    if (indent >= threshold) continue;
    threshold = indent;
    const def = DEF.exec(text);
    const cls = def === null ? CLASS.exec(text) : null;
    if (def !== null) parts.unshift({ name: def[1], isFunction: true });
    else if (cls !== null) parts.unshift({ name: cls[1], isFunction: false });
  }
  if (parts.length === 0) return '<module>';
  let qual = parts[0].name;
  for (let i = 1; i < parts.length; i++) qual += parts[i - 1].isFunction ? `.<locals>.${parts[i].name}` : `.${parts[i].name}`;
  return qual;
}
