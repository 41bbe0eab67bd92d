// Full parse vs incremental re-parse (tree-sitter, the document's previous tree edited) of a text
// after a one-character edit in its middle, in-process: what the analysis worker saves per edit.
import { performance } from 'node:perf_hooks';
import { loadParser, parse } from '../../src/python/parse';
import { SourceTrees } from '../../src/python/source-trees';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Two texts differing in one character on a middle line (alternated, so every parse has an edit). */
function variants(text: string): [string, string] {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  const edited = [...lines];
  edited[mid] = `${edited[mid]}#`;
  return [text, edited.join('\n')];
}

export interface ParseTiming {
  file: string;
  lines: number;
  fullMs: number;
  incrementalMs: number;
}

export async function timeParses(files: { file: string; text: string }[], rounds = 30): Promise<ParseTiming[]> {
  await loadParser();
  return files.map(({ file, text }) => {
    const [a, b] = variants(text);
    const full: number[] = [];
    const incremental: number[] = [];
    const trees = new SourceTrees();
    trees.treeOf(file, a);
    for (let k = 0; k < rounds; k++) {
      const next = k % 2 === 0 ? b : a;
      let t0 = performance.now();
      parse(next).delete();
      full.push(performance.now() - t0);
      t0 = performance.now();
      trees.treeOf(file, next);
      incremental.push(performance.now() - t0);
    }
    trees.clear();
    return { file, lines: text.split('\n').length, fullMs: median(full), incrementalMs: median(incremental) };
  });
}
