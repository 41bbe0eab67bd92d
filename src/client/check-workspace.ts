// "Check Gradients in Workspace": every Python file the include glob matches, analysed by the
// server one by one under a cancellable progress notification, then a summary.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILE_REQUEST, type CheckFileParams, type CheckFileResult } from '../server/protocol';

export interface WorkspaceSummary {
  files: number;
  analysed: number;
  checksPassed: number;
  checksFailed: number;
  checksKink: number;
  errors: number;
  warnings: number;
}

export function summaryText(s: WorkspaceSummary): string {
  return `gradlens checked ${s.analysed} of ${s.files} Python files: ${s.checksPassed} gradient checks passed, ${s.checksFailed} failed${s.checksKink > 0 ? `, ${s.checksKink} at a kink` : ''}; ${s.errors} errors and ${s.warnings} warnings in Problems.`;
}

export async function checkWorkspace(client: LanguageClient): Promise<WorkspaceSummary> {
  const config = vscode.workspace.getConfiguration('gradlens');
  const include = config.get<string>('include', '**/*.py');
  const exclude = config.get<string>('exclude', '');
  const files = await vscode.workspace.findFiles(include, exclude === '' ? undefined : exclude);
  const summary: WorkspaceSummary = { files: files.length, analysed: 0, checksPassed: 0, checksFailed: 0, checksKink: 0, errors: 0, warnings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'gradlens: checking gradients', cancellable: true },
    async (progress, token) => {
      for (const [i, file] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(file)}`, increment: 100 / Math.max(1, files.length) });
        const params: CheckFileParams = { uri: file.toString() };
        const r = await client.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, params, token);
        if (!r.analysed) continue;
        summary.analysed++;
        summary.checksPassed += r.checksPassed;
        summary.checksFailed += r.checksFailed;
        summary.checksKink += r.checksKink;
        summary.errors += r.errors;
        summary.warnings += r.warnings;
      }
    },
  );
  const show = summary.checksFailed > 0 || summary.errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(summaryText(summary));
  return summary;
}
