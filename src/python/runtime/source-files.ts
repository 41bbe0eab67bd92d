// The text of the library modules written in Python (micrograd), by the file name their frames
// report, so a traceback shows a library frame's line as CPython shows an installed package's.
const libraryLines = new Map<string, readonly string[]>();

/** Makes `source` the text tracebacks quote for frames of `filename`. */
export function registerSourceText(filename: string, source: string): void {
  libraryLines.set(filename, source.split('\n'));
}

/** Line `line` (1-based) of a registered library file, or undefined. */
export function librarySourceLine(filename: string, line: number): string | undefined {
  return libraryLines.get(filename)?.[line - 1];
}
