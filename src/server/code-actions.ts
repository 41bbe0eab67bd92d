// The code action on a gradient mismatch: "Show gradient comparison" (the graph panel's view of the
// user's, the exact and the finite-difference gradients side by side).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { COMMAND_COMPARE } from './code-lenses';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export function gradientCodeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'gradient-mismatch')
    .map((d) => ({
      title: 'Show gradient comparison',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Show gradient comparison', command: COMMAND_COMPARE, arguments: [uri, d.range.start.line + 1] },
    }));
}
