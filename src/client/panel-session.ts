// What one graph panel has been told, without `vscode`: messages wait until the panel's script says
// `ready` (earlier ones would be lost), an unchanged graph is not sent again (the panel would redraw
// for nothing), answers to superseded requests are dropped, and a comparison waits for its graph.
import type { GraphResult } from '../server/protocol';
import type { HostToPanel } from '../../webview/protocol';
import { graphMessage, highlightMessage } from './panel-messages';

export interface PanelPort {
  post(message: HostToPanel): void;
  /** The current `gradlens.graph.maxNodes`. */
  maxNodes(): number;
}

export class PanelSession {
  private ready = false;
  private latest: GraphResult | undefined;
  private postedGraph = '';
  private pendingComparison: number | undefined;
  private highlighted = '';
  /** The next drawing is of a new graph (or the first): the cursor's highlight is sent again after it. */
  private rehighlight = true;
  private requestSeq = 0;

  constructor(private readonly port: PanelPort) {}

  /** Numbers a request for this panel's graph; only the newest one's answer is shown. */
  nextRequest(): number {
    return ++this.requestSeq;
  }

  /** A server answer. With the number of its request, it is dropped when a newer request was made. */
  setResult(result: GraphResult, seq?: number): boolean {
    if (seq !== undefined && seq !== this.requestSeq) return false;
    this.latest = result;
    this.postGraph(false);
    this.flushComparison();
    return true;
  }

  /** The answer the panel shows (or will show once ready). */
  get result(): GraphResult | undefined {
    return this.latest;
  }

  /** The node limit may have changed: the panel redraws if it did. */
  settingsChanged(): void {
    this.postGraph(false);
  }

  showComparison(check: number): void {
    this.pendingComparison = check;
    this.flushComparison();
  }

  /** The variable under the cursor ('' for none: the panel clears its highlight). */
  highlight(name: string): void {
    if (name === this.highlighted) return;
    this.highlighted = name;
    this.post(highlightMessage(name));
  }

  /** The panel's script started (again): it has nothing, so it gets everything. */
  onReady(): void {
    this.ready = true;
    this.postGraph(true);
    this.flushComparison();
  }

  /**
   * The panel drew the graph. After the first drawing and after each new graph, the cursor's
   * highlight is sent again (before it, there was nothing to mark); after other redraws (a fold,
   * the panel's own search) the panel keeps what it highlights.
   */
  onRendered(): void {
    if (this.rehighlight && this.highlighted !== '') this.post(highlightMessage(this.highlighted));
    this.rehighlight = false;
  }

  private postGraph(force: boolean): void {
    if (this.latest === undefined || !this.ready) return;
    const message = graphMessage(this.latest, this.port.maxNodes());
    const text = JSON.stringify(message);
    if (!force && text === this.postedGraph) return;
    this.postedGraph = text;
    this.rehighlight = true;
    this.post(message);
  }

  private flushComparison(): void {
    if (this.pendingComparison === undefined || this.latest === undefined || !this.ready) return;
    this.post({ type: 'showComparison', check: this.pendingComparison });
    this.pendingComparison = undefined;
  }

  private post(message: HostToPanel): void {
    if (this.ready) this.port.post(message);
  }
}
