// file:// URIs and paths, enough for the server (no dependency on vscode-uri).
import { fileURLToPath } from 'node:url';

/** The file system path of a `file:` URI, or the URI's path part for another scheme. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through: a malformed file URI still has a readable path part
    }
  }
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)/i.exec(uri);
  return m !== null ? decodeURIComponent(m[1]) : uri;
}

export function baseName(uri: string): string {
  const p = uriToPath(uri);
  return p.slice(p.lastIndexOf('/') + 1);
}
