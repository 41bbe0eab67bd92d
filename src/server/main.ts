// The gradlens language server: its own Node process, speaking LSP over the transport the
// client chose (ipc from VS Code, stdio for other editors and tests).
import { ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
  },
  serverInfo: { name: 'gradlens' },
}));

documents.listen(connection);
connection.listen();
