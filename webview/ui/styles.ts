// The panel's CSS. Colours come from VS Code's theme variables (light, dark, high contrast);
// the fallbacks are for the test host page.
export const PANEL_CSS = `
:root {
  --gl-fg: var(--vscode-editor-foreground, #1f1f1f);
  --gl-bg: var(--vscode-editor-background, #ffffff);
  --gl-border: var(--vscode-panel-border, #c8c8c8);
  --gl-value: var(--vscode-charts-green, #388a34);
  --gl-grad: var(--vscode-charts-red, #c72e0f);
  --gl-accent: var(--vscode-focusBorder, #0078d4);
  --gl-highlight: var(--vscode-editor-findMatchHighlightBackground, rgba(234, 92, 0, 0.33));
  --gl-node-bg: var(--vscode-editorWidget-background, #f3f3f3);
  --gl-box-bg: var(--vscode-sideBar-background, #e8e8e8);
  --gl-button-bg: var(--vscode-button-background, #0078d4);
  --gl-button-fg: var(--vscode-button-foreground, #ffffff);
  --gl-input-bg: var(--vscode-input-background, #ffffff);
  --gl-input-fg: var(--vscode-input-foreground, #1f1f1f);
  --gl-font: var(--vscode-font-family, system-ui, sans-serif);
  --gl-mono: var(--vscode-editor-font-family, ui-monospace, monospace);
}
html, body { margin: 0; padding: 0; height: 100%; background: var(--gl-bg); color: var(--gl-fg); font-family: var(--gl-font); font-size: 13px; }
#app { display: grid; grid-template-rows: auto 1fr; grid-template-columns: 1fr 340px; height: 100vh; }
.toolbar { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px; border-bottom: 1px solid var(--gl-border); }
.toolbar button { background: var(--gl-button-bg); color: var(--gl-button-fg); border: none; padding: 3px 9px; cursor: pointer; font: inherit; border-radius: 2px; }
.toolbar button:focus-visible, .toolbar input:focus-visible, .toolbar select:focus-visible { outline: 1px solid var(--gl-accent); }
.toolbar input, .toolbar select { background: var(--gl-input-bg); color: var(--gl-input-fg); border: 1px solid var(--gl-border); font: inherit; padding: 2px 4px; }
.toolbar .sep { width: 1px; align-self: stretch; background: var(--gl-border); }
.toolbar .status { margin-left: auto; opacity: 0.8; }
.legend .v, .legend .g { font-family: var(--gl-mono); }
.canvas { position: relative; overflow: hidden; cursor: grab; }
.canvas.dragging { cursor: grabbing; }
.stage { transform-origin: 0 0; position: absolute; left: 0; top: 0; }
.side { border-left: 1px solid var(--gl-border); overflow: auto; padding: 8px 10px; }
/* a narrow panel (beside the editor): the chain rule goes under the graph, which keeps the width */
@media (max-width: 820px) {
  #app { grid-template-columns: 1fr; grid-template-rows: auto 1fr minmax(120px, 32vh); }
  .toolbar { grid-column: 1; }
  .side { border-left: none; border-top: 1px solid var(--gl-border); }
}
.side h3 { margin: 4px 0 6px; font-size: 13px; }
.side .pattern { font-style: italic; margin: 4px 0 8px; }
.side .term { border-top: 1px solid var(--gl-border); padding: 6px 0; }
.side .num { font-family: var(--gl-mono); }
.side .ok { color: var(--gl-value); }
.side .bad { color: var(--gl-grad); font-weight: bold; }
.side table { border-collapse: collapse; font-family: var(--gl-mono); }
.side td, .side th { padding: 1px 6px; text-align: right; border-bottom: 1px solid var(--gl-border); }
.v { color: var(--gl-value) !important; font-family: var(--gl-mono); }
.g { color: var(--gl-grad) !important; font-family: var(--gl-mono); margin-left: 0.8em; }
.t { font-weight: 600; }
.canvas .nodeLabel .v, .canvas .nodeLabel .g { font-size: 12px; }
.s { opacity: 0.8; font-size: 11px; }
.hm { display: inline-block; width: 72px; height: 18px; vertical-align: middle; }
.hm svg { display: block; }
.error { color: var(--gl-grad); padding: 8px; white-space: pre-wrap; }
/* mermaid output: our classes win over its theme */
.canvas .node.op > rect, .canvas .node.op > path, .canvas .node.op polygon { fill: var(--gl-node-bg) !important; stroke: var(--gl-fg) !important; }
.canvas .node.leaf > rect, .canvas .node.leaf > path { fill: var(--gl-bg) !important; stroke: var(--gl-fg) !important; }
.canvas .node.box > rect, .canvas .node.box > path, .canvas .node.box polygon { fill: var(--gl-box-bg) !important; stroke: var(--gl-fg) !important; stroke-dasharray: 4 2; }
.canvas .node { cursor: pointer; }
.canvas .node.gl-pending .g { visibility: hidden; }
.canvas .node.gl-current > rect, .canvas .node.gl-current > path, .canvas .node.gl-current polygon { stroke: var(--gl-accent) !important; stroke-width: 3px !important; }
.canvas .node.gl-receiving > rect, .canvas .node.gl-receiving > path { stroke: var(--gl-grad) !important; stroke-width: 2px !important; }
.canvas .node.gl-found > rect, .canvas .node.gl-found > path, .canvas .node.gl-found polygon { fill: var(--gl-highlight) !important; }
.canvas .cluster rect { fill: transparent !important; stroke: var(--gl-border) !important; stroke-dasharray: 3 3; }
.canvas .cluster .cluster-label, .canvas .cluster-label { cursor: pointer; }
.canvas .edgeLabel, .canvas .edgeLabel p { background: var(--gl-bg) !important; color: var(--gl-fg) !important; font-size: 11px; }
.canvas .flowchart-link { stroke: var(--gl-fg) !important; }
.canvas .marker { fill: var(--gl-fg) !important; stroke: var(--gl-fg) !important; }
.compare { display: flex; flex-wrap: wrap; gap: 12px; }
.compare figure { margin: 0; }
.compare figcaption { font-weight: 600; margin-bottom: 2px; }
`;
