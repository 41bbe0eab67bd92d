// Small helpers for the webview pages: escaping, a nonce, the Content-Security-Policy.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A page with nothing remote and no scripts: only inline styles are allowed. */
export function page(title: string, cspSource: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'unsafe-inline';">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; }
  th, td { text-align: left; padding: 2px 10px; border-bottom: 1px solid var(--vscode-panel-border); font-family: var(--vscode-editor-font-family); }
  .value { color: var(--vscode-charts-green); }
  .grad { color: var(--vscode-charts-red); }
  .bad { color: var(--vscode-errorForeground); }
  .note { opacity: 0.8; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}
