// The graph panel: receives the Report's graph from the extension host, renders the visible
// graph with mermaid, and walks the backward pass step by step. Bundled to dist/webview.js.
import type { DiagramText, GraphModel, VisibleItem } from '../model';
import { buildModel, findNodes, fitDiagram, gradOf, groupsToReveal, valueOf } from '../model';
import type { GraphMessage, HostToPanel, PanelToHost } from '../protocol';
import { renderComparison } from './comparison';
import { heatmap } from './heatmap';
import { PanZoom, type Transform } from './panzoom';
import { DiagramTooLargeError, type RenderedDiagram, configureMermaid, renderDiagram } from './render';
import { renderOverview, renderStep } from './sidebar';
import { PANEL_CSS } from './styles';

interface VsCodeApi {
  postMessage(message: PanelToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  transform?: Transform;
  overrides?: Array<[string, boolean]>;
}

const vscode: VsCodeApi =
  typeof acquireVsCodeApi === 'function'
    ? acquireVsCodeApi()
    : { postMessage: (m) => console.log('panel ->', m), getState: () => undefined, setState: () => {} };

function button(label: string, title: string, onClick: () => void, role: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = label;
  b.title = title;
  b.setAttribute('data-role', role);
  b.addEventListener('click', onClick);
  return b;
}

class Panel {
  private message: GraphMessage | null = null;
  private model: GraphModel | null = null;
  private diagram: DiagramText | null = null;
  private rendered: RenderedDiagram | null = null;
  private overrides = new Map<string, boolean>();
  /** null: overview (all gradients); -1: forward pass only; i: after backward step i. */
  private position: number | null = null;
  private timer: number | null = null;
  private generation = 0;
  private firstRender = true;
  private fitObserver: ResizeObserver | null = null;
  private found = new Set<string>();
  private readonly canvas = document.createElement('div');
  private readonly stage = document.createElement('div');
  private readonly side = document.createElement('div');
  private readonly overlay = document.createElement('div');
  private readonly status = document.createElement('span');
  private readonly speed = document.createElement('select');
  private readonly search = document.createElement('input');
  private readonly playButton: HTMLButtonElement;
  private readonly mismatchButton: HTMLButtonElement;
  private readonly panzoom: PanZoom;

  constructor(app: HTMLElement) {
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    document.head.append(style);
    const bar = document.createElement('div');
    bar.className = 'toolbar';
    this.playButton = button('Play', 'Play the backward pass (Space)', () => this.togglePlay(), 'play');
    for (const [label, value] of [['0.5x', '0.5'], ['1x', '1'], ['2x', '2'], ['4x', '4']]) {
      const o = document.createElement('option');
      o.textContent = label;
      o.value = value;
      if (value === '1') o.selected = true;
      this.speed.append(o);
    }
    this.speed.title = 'Play speed';
    this.speed.setAttribute('data-role', 'speed');
    this.speed.addEventListener('change', () => {
      if (this.timer !== null) {
        this.stopPlay();
        this.togglePlay();
      }
    });
    this.search.placeholder = 'Find a variable';
    this.search.setAttribute('data-role', 'search');
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.find(this.search.value);
    });
    this.mismatchButton = button('Mismatches', 'Compare your gradient with the exact and numeric ones', () => this.showComparison(0), 'mismatches');
    const sep = (): HTMLElement => Object.assign(document.createElement('span'), { className: 'sep' });
    const legend = document.createElement('span');
    legend.className = 'legend';
    legend.innerHTML = '<span class="v">value</span> <span class="g">gradient</span>';
    this.status.className = 'status';
    this.status.setAttribute('data-role', 'status');
    bar.append(
      button('Reset', 'Back to the forward pass', () => this.go(-1), 'reset'),
      button('Previous', 'Previous step (Left)', () => this.go((this.position ?? 0) - 1), 'prev'),
      button('Next', 'Next step (Right)', () => this.go(this.position === null ? 0 : this.position + 1), 'next'),
      this.playButton,
      this.speed,
      sep(),
      this.search,
      button('Collapse all', 'Fold every group', () => this.setAll(false), 'collapse-all'),
      button('Expand all', 'Unfold groups (as far as the node limit allows)', () => this.setAll(true), 'expand-all'),
      sep(),
      button('Fit', 'Fit the graph to the panel', () => this.rendered && this.panzoom.fit(this.rendered.svg), 'fit'),
      button('+', 'Zoom in', () => this.panzoom.zoomBy(1.25), 'zoom-in'),
      button('-', 'Zoom out', () => this.panzoom.zoomBy(0.8), 'zoom-out'),
      sep(),
      button('Copy mermaid', 'Copy the diagram source', () => this.copySource(), 'copy'),
      button('Save SVG', 'Save the rendered graph', () => this.saveSvg(), 'save-svg'),
      this.mismatchButton,
      legend,
      this.status,
    );
    this.canvas.className = 'canvas';
    this.canvas.setAttribute('data-role', 'canvas');
    this.stage.className = 'stage';
    this.canvas.append(this.stage);
    this.overlay.className = 'side';
    this.overlay.setAttribute('data-role', 'comparison');
    this.overlay.style.cssText = 'position:absolute;inset:0;background:var(--gl-bg);display:none;border:none';
    this.canvas.append(this.overlay);
    this.side.className = 'side';
    this.side.setAttribute('data-role', 'side');
    this.side.setAttribute('aria-live', 'polite');
    app.append(bar, this.canvas, this.side);
    const saved = (vscode.getState() ?? {}) as SavedState;
    this.overrides = new Map(saved.overrides ?? []);
    this.panzoom = new PanZoom(this.canvas, this.stage, (t) => this.save(t));
    if (saved.transform !== undefined) {
      this.panzoom.set(saved.transform);
      this.firstRender = false;
    }
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.addEventListener('message', (e: MessageEvent<HostToPanel>) => void this.onMessage(e.data));
    this.mismatchButton.hidden = true;
    configureMermaid();
    vscode.postMessage({ type: 'ready' });
  }

  private save(t: Transform = this.panzoom.t): void {
    vscode.setState({ transform: t, overrides: [...this.overrides] } satisfies SavedState);
  }

  private async onMessage(m: HostToPanel): Promise<void> {
    if (m === null || typeof m !== 'object') return;
    if (m.type === 'graph') await this.onGraph(m);
    else if (m.type === 'highlight') this.highlight(m.name, false);
    else if (m.type === 'showComparison') this.showComparison(m.check);
  }

  private async onGraph(m: GraphMessage): Promise<void> {
    const t0 = performance.now();
    this.message = m;
    this.model = buildModel(m);
    const steps = this.model.walk.steps.length;
    if (this.position !== null && this.position >= steps) this.position = steps - 1;
    const mismatches = m.checks.filter((c) => c.status === 'mismatch').length;
    this.mismatchButton.hidden = mismatches === 0;
    this.mismatchButton.textContent = `Mismatches (${mismatches})`;
    await this.redraw(t0);
  }

  private async redraw(t0 = performance.now()): Promise<void> {
    const model = this.model;
    if (model === null || this.message === null) return;
    const gen = ++this.generation;
    let maxNodes = this.message.maxNodes ?? 150;
    for (;;) {
      this.diagram = fitDiagram(model.index, model.grouping, { maxNodes, overrides: this.overrides });
      try {
        const rendered = await renderDiagram(this.diagram.text, this.stage);
        if (gen !== this.generation) return;
        this.rendered = rendered;
        break;
      } catch (e) {
        if (gen !== this.generation) return;
        if (e instanceof DiagramTooLargeError && maxNodes > 10) {
          maxNodes = Math.floor(maxNodes / 2);
          continue;
        }
        this.stage.innerHTML = '';
        const err = document.createElement('div');
        err.className = 'error';
        err.textContent = `The graph could not be drawn: ${e instanceof Error ? e.message : String(e)}`;
        this.stage.append(err);
        return;
      }
    }
    this.decorate();
    if (this.firstRender) this.fitFirstView(model);
    this.applyStep();
    this.highlightItems(this.found);
    const millis = performance.now() - t0;
    const shown = this.diagram.drawn;
    this.status.textContent = `${model.index.nodes.length} nodes, ${shown} shown, ${Math.round(millis)} ms`;
    vscode.postMessage({ type: 'rendered', nodes: shown, millis });
  }

  /** Heatmaps into tensor labels, clicks on nodes, boxes and frames. */
  /**
   * The first view: fit the graph; a big graph too small to read at that scale opens at a readable
   * scale on its root. While the webview is still being laid out the canvas has no size yet: then
   * the fit waits for it.
   */
  private fitFirstView(model: { index: { rootId: number | null } }): void {
    const svg = this.rendered?.svg;
    if (svg === undefined) return;
    if (!this.panzoom.fit(svg)) {
      if (this.fitObserver === null) {
        this.fitObserver = new ResizeObserver(() => {
          if (this.canvas.clientWidth === 0 || this.canvas.clientHeight === 0 || !this.firstRender) return;
          this.fitObserver?.disconnect();
          this.fitObserver = null;
          this.fitFirstView(model);
        });
        this.fitObserver.observe(this.canvas);
      }
      return;
    }
    const root = model.index.rootId === null ? undefined : this.rendered?.items.get(this.diagram?.view.itemOf.get(model.index.rootId) ?? '')?.[0];
    if (this.panzoom.t.k < 0.35 && root !== undefined && (this.diagram?.drawn ?? 0) > 40) {
      this.panzoom.set({ ...this.panzoom.t, k: 0.8 });
      this.panzoom.centerOn(root);
    }
    this.firstRender = false;
  }

  private decorate(): void {
    const { model, diagram, rendered } = this;
    if (model === null || diagram === null || rendered === null) return;
    for (const span of Array.from(rendered.svg.querySelectorAll<HTMLElement>('.hm[data-node]'))) {
      const node = model.index.byId.get(Number(span.getAttribute('data-node')));
      if (node === undefined) continue;
      const v = valueOf(node);
      const g = gradOf(node);
      if (v !== null) span.append(heatmap(v, { width: 34, height: 16, maxRows: 8, maxCols: 16, title: 'value' }));
      if (g !== null) span.append(Object.assign(heatmap(g, { width: 34, height: 16, maxRows: 8, maxCols: 16, title: 'gradient' }), { style: 'margin-left:4px' }));
    }
    const byId = new Map<string, VisibleItem>(diagram.view.items.map((i) => [i.id, i]));
    for (const [id, els] of rendered.items) {
      const item = byId.get(id);
      if (item === undefined) continue;
      for (const el of els) {
        el.setAttribute('data-item', id);
        el.addEventListener('click', (e) => {
          if (this.panzoom.moved) return;
          e.stopPropagation();
          this.onItemClick(item);
        });
      }
    }
    for (const f of diagram.view.frames) {
      const el = rendered.frames.get(f.id);
      if (el === undefined) continue;
      el.setAttribute('data-frame', f.id);
      const label = el.querySelector('.cluster-label') ?? el;
      label.addEventListener('click', (e) => {
        if (this.panzoom.moved) return;
        e.stopPropagation();
        this.overrides.set(f.group, false);
        this.save();
        void this.redraw();
      });
    }
  }

  private onItemClick(item: VisibleItem): void {
    const model = this.model!;
    if (item.kind === 'node') {
      const range = model.index.byId.get(item.node)?.range;
      if (range !== undefined) vscode.postMessage({ type: 'reveal', range });
      return;
    }
    if (item.kind === 'box') {
      // a folded run opens its nearest instance; a single group opens itself
      const g = item.groups[item.groups.length - 1];
      this.overrides.set(g.key, true);
      for (let p = g.parent; p !== null && p.kind !== 'top'; p = p.parent) this.overrides.set(p.key, true);
      this.save();
      void this.redraw();
    }
  }

  private setAll(expanded: boolean): void {
    this.overrides.clear();
    if (!expanded && this.model !== null) for (const g of this.model.grouping.top.children) this.overrides.set(g.key, false);
    this.save();
    void this.redraw();
  }

  private go(position: number): void {
    if (this.model === null) return;
    const last = this.model.walk.steps.length - 1;
    this.position = Math.max(-1, Math.min(last, position));
    this.applyStep();
  }

  /** Classes on the rendered items for the current step, and the side area's text. */
  private applyStep(): void {
    const { model, diagram, rendered } = this;
    if (model === null || diagram === null || rendered === null) return;
    const p = this.position;
    const step = p !== null && p >= 0 ? model.walk.steps[p] : null;
    const current = step === null ? null : diagram.view.itemOf.get(step.node);
    const receiving = new Set(step === null ? [] : step.terms.map((t) => diagram.view.itemOf.get(t.input)));
    for (const item of diagram.view.items) {
      const els = rendered.items.get(item.id);
      if (els === undefined) continue;
      const gradNode = item.kind === 'node' ? item.node : item.kind === 'box' ? item.nearest : null;
      const done = gradNode === null ? undefined : model.walk.completeAt.get(gradNode);
      for (const el of els) {
        el.classList.toggle('gl-pending', p !== null && (done === undefined || done > p));
        el.classList.toggle('gl-current', current === item.id);
        el.classList.toggle('gl-receiving', current !== item.id && receiving.has(item.id));
      }
    }
    if (p === null) renderOverview(this.side, model, this.message?.root?.name ?? null);
    else renderStep(this.side, model, step, p);
  }

  private togglePlay(): void {
    if (this.timer !== null) {
      this.stopPlay();
      return;
    }
    const model = this.model;
    if (model === null) return;
    if (this.position === null || this.position >= model.walk.steps.length - 1) this.go(-1);
    this.playButton.textContent = 'Pause';
    const interval = 1000 / Number(this.speed.value);
    this.timer = window.setInterval(() => {
      this.go(this.position === null ? 0 : this.position + 1);
      if (this.position !== null && this.position >= model.walk.steps.length - 1) this.stopPlay();
    }, interval);
  }

  private stopPlay(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = 'Play';
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    if (target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (e.key === 'ArrowRight') this.go(this.position === null ? 0 : this.position + 1);
    else if (e.key === 'ArrowLeft') this.go((this.position ?? 0) - 1);
    else if (e.key === ' ') this.togglePlay();
    else return;
    e.preventDefault();
  }

  /** Search: open the groups hiding the variable's nodes, then highlight and centre them. */
  private async find(name: string): Promise<void> {
    const model = this.model;
    if (model === null) return;
    const hits = findNodes(model, name);
    if (hits.length === 0) {
      this.status.textContent = `no variable named ${name}`;
      return;
    }
    for (const g of groupsToReveal(model, hits[0])) this.overrides.set(g.key, true);
    this.save();
    await this.redraw();
    this.highlight(name, true);
  }

  private highlight(name: string, center: boolean): void {
    const { model, diagram } = this;
    if (model === null || diagram === null) return;
    const items = new Set<string>();
    for (const id of model.index.nodes.filter((n) => n.name === name).map((n) => n.id)) {
      const item = diagram.view.itemOf.get(id);
      if (item !== undefined) items.add(item);
    }
    if (items.size === 0) for (const id of findNodes(model, name)) items.add(diagram.view.itemOf.get(id) ?? '');
    items.delete('');
    this.found = items;
    this.highlightItems(items);
    const first = [...items].map((i) => this.rendered?.items.get(i)?.[0]).find((e) => e !== undefined);
    if (center && first !== undefined) this.panzoom.centerOn(first);
  }

  private highlightItems(items: ReadonlySet<string>): void {
    if (this.rendered === null) return;
    for (const [id, els] of this.rendered.items) for (const el of els) el.classList.toggle('gl-found', items.has(id));
  }

  private copySource(): void {
    if (this.diagram === null) return;
    vscode.postMessage({ type: 'copy', text: this.diagram.text });
  }

  private saveSvg(): void {
    if (this.rendered === null) return;
    vscode.postMessage({ type: 'saveSvg', svg: new XMLSerializer().serializeToString(this.rendered.svg) });
  }

  private showComparison(index: number): void {
    const m = this.message;
    if (m === null) return;
    const failed = m.checks.map((c, i) => ({ c, i })).filter(({ c }) => c.status === 'mismatch');
    const chosen = m.checks[index] !== undefined && m.checks[index].status !== 'pass' ? { c: m.checks[index], i: index } : failed[0];
    if (chosen === undefined) return;
    const content = document.createElement('div');
    renderComparison(content, chosen.c, m.comparisons?.find((x) => x.check === chosen.i));
    const back = button('Back to the graph', 'Close the comparison', () => {
      this.overlay.style.display = 'none';
    }, 'close-comparison');
    this.overlay.replaceChildren(back, content);
    this.overlay.style.display = 'block';
  }
}

const app = document.getElementById('app') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'app' }));
new Panel(app);
