// The analysis's public surface: what the CLI, the language server and the webview call.
import { loadPython } from '../python/run';

export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export * from './report';
export { toTraceJson } from './report';
export { SourceTrees } from '../python/source-trees';
export type { SourceTreesStats } from '../python/source-trees';

/** Loads what the analysis needs (the parser's wasm) once. */
export async function loadAnalysis(): Promise<void> {
  await loadPython();
}
