// SARIF 2.1.0 for code-scanning tools: one run, gradlens as the driver, one result per diagnostic.
import type { DiagnosticCode, DiagnosticReport, Severity } from '../analysis/report';

const RULES: Record<DiagnosticCode, string> = {
  'gradient-mismatch': 'A hand-written gradient disagrees with the true gradient of the loss.',
  'gradient-kink': 'A gradient check crossed a non-differentiable point, so finite differences are unreliable there.',
  'runtime-error': 'The program raised an exception.',
  'non-finite': 'A NaN or Inf came out of finite inputs.',
  unsupported: 'A construct, module or function the gradlens interpreter does not support yet.',
  'budget-exceeded': 'The run hit the step, time or memory budget.',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };

export interface FileDiagnostics {
  /** The path as given on the command line (relative paths stay relative to the working directory). */
  file: string;
  diagnostics: DiagnosticReport[];
}

export function toSarif(files: FileDiagnostics[], toolVersion: string): object {
  const ruleIds = Object.keys(RULES) as DiagnosticCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gradlens',
            version: toolVersion,
            informationUri: 'https://github.com/gradlens/gradlens',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES[id] } })),
          },
        },
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [location(f.file, d.line, d.column, d.endLine, d.endColumn)],
            relatedLocations: (d.relatedInformation ?? []).map((r, i) => ({
              id: i,
              ...location(f.file, r.line, r.column, r.endLine, r.endColumn),
              message: { text: r.message },
            })),
          })),
        ),
      },
    ],
  };
}

function location(file: string, line: number, column: number, endLine: number, endColumn: number): { physicalLocation: object } {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      region: { startLine: line, startColumn: column, endLine, endColumn },
    },
  };
}
