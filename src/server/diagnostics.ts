// The Report's diagnostics as LSP diagnostics: 1-based lines/columns become 0-based, source
// `gradlens`, the code kept, related information pointing into the same document.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { DiagnosticReport, Severity } from '../analysis/report';

export const DIAGNOSTIC_SOURCE = 'gradlens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

function range(line: number, column: number, endLine: number, endColumn: number): Diagnostic['range'] {
  const start = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  const end = { line: Math.max(0, endLine - 1), character: Math.max(0, endColumn - 1) };
  // A zero-width range at the start is still shown; an inverted one is not.
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return { start, end: start };
  return { start, end };
}

export function toLspDiagnostic(d: DiagnosticReport, uri: string): Diagnostic {
  const out: Diagnostic = {
    range: range(d.line, d.column, d.endLine, d.endColumn),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (d.relatedInformation !== undefined && d.relatedInformation.length > 0)
    out.relatedInformation = d.relatedInformation.map((r) => ({
      location: { uri, range: range(r.line, r.column, r.endLine, r.endColumn) },
      message: r.message,
    }));
  return out;
}

/** A diagnostic of the server itself (the analysis could not finish), on the first line. */
export function serverDiagnostic(code: 'budget-exceeded' | 'internal-error', message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: code === 'internal-error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}
