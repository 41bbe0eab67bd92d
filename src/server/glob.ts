// Glob patterns as VS Code's settings use them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against a
// file path with forward slashes. A pattern without a slash matches the file name anywhere.

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\/\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Does `path` (absolute or relative, `/`-separated) match `glob`? */
export function matchesGlob(glob: string, path: string): boolean {
  if (glob.trim() === '') return false;
  const re = globToRegExp(glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`);
  const p = path.replace(/\\/g, '/');
  // Try the path and each of its suffixes after a `/`, so a relative glob matches an absolute path.
  if (re.test(p)) return true;
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) if (re.test(p.slice(i + 1))) return true;
  return false;
}
