// Pan (drag) and zoom (wheel, buttons) of the rendered graph by a CSS transform on the stage.
// The transform survives re-renders, so the view stays put while the graph follows edits.

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export class PanZoom {
  t: Transform = { x: 10, y: 10, k: 1 };
  /** True while the last pointer gesture moved: the click that ends a drag is not a click. */
  moved = false;

  constructor(
    private readonly canvas: HTMLElement,
    private readonly stage: HTMLElement,
    private readonly onChange: (t: Transform) => void = () => {},
  ) {
    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      this.zoomAt(e.clientX - r.left, e.clientY - r.top, Math.exp(-e.deltaY * 0.0015));
    }, { passive: false });
    let start: { x: number; y: number; tx: number; ty: number } | null = null;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = { x: e.clientX, y: e.clientY, tx: this.t.x, ty: this.t.y };
      this.moved = false;
    });
    window.addEventListener('pointermove', (e) => {
      if (start === null) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!this.moved && Math.hypot(dx, dy) < 4) return;
      this.moved = true;
      canvas.classList.add('dragging');
      this.set({ x: start.tx + dx, y: start.ty + dy, k: this.t.k });
    });
    window.addEventListener('pointerup', () => {
      start = null;
      canvas.classList.remove('dragging');
    });
  }

  set(t: Transform): void {
    this.t = t;
    this.stage.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
    this.onChange(t);
  }

  zoomAt(px: number, py: number, factor: number): void {
    const k = Math.min(8, Math.max(0.05, this.t.k * factor));
    const f = k / this.t.k;
    this.set({ x: px - (px - this.t.x) * f, y: py - (py - this.t.y) * f, k });
  }

  zoomBy(factor: number): void {
    this.zoomAt(this.canvas.clientWidth / 2, this.canvas.clientHeight / 2, factor);
  }

  /** Scales the content to fit the canvas (enlarging at most 1.5x); false while nothing has a size yet. */
  fit(content: SVGSVGElement): boolean {
    const w = content.width.baseVal.value || content.getBoundingClientRect().width / this.t.k;
    const h = content.height.baseVal.value || content.getBoundingClientRect().height / this.t.k;
    const cw = this.canvas.clientWidth;
    const ch = this.canvas.clientHeight;
    if (w === 0 || h === 0 || cw === 0 || ch === 0) return false;
    const k = Math.min(1.5, (cw - 20) / w, (ch - 20) / h);
    this.set({ x: (cw - w * k) / 2, y: Math.max(10, (ch - h * k) / 2), k });
    return true;
  }

  /** Pans so that the element's centre is in the middle of the canvas. */
  centerOn(el: Element): void {
    const c = this.canvas.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    this.set({ x: this.t.x + (c.left + c.width / 2 - (r.left + r.width / 2)), y: this.t.y + (c.top + c.height / 2 - (r.top + r.height / 2)), k: this.t.k });
  }
}
