// The panel's HTML for the extension host: one nonce'd script (dist/webview.js, mermaid bundled
// in), no remote content, no eval. Styles are inline because mermaid writes <style> elements.

export interface PanelHtmlOptions {
  /** webview.asWebviewUri(dist/webview.js) as a string. */
  scriptUri: string;
  /** webview.cspSource. */
  cspSource: string;
  /** A fresh random nonce per panel. */
  nonce: string;
  title?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function panelHtml(o: PanelHtmlOptions): string {
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attr(o.title ?? 'Trace Backprop')}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** A nonce for the CSP: 32 characters from [A-Za-z0-9], from the platform's secure random source. */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}
