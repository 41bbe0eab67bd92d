// The server's settings (VS Code's `gradlens.*`), with defaults, read leniently from whatever the
// client sends: a wrong type falls back to the default instead of breaking the server.

export interface Settings {
  maxSteps: number;
  maxSeconds: number;
  maxElements: number;
  rtol: number;
  atol: number;
  debounceMs: number;
  inlayHints: boolean;
  /** Glob of the files to analyse, matched against the file's path. */
  include: string;
  /** Glob of files never to analyse. */
  exclude: string;
  maxGraphNodes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  maxSteps: 50_000_000,
  maxSeconds: 5,
  maxElements: 50_000_000,
  rtol: 1e-5,
  atol: 1e-7,
  debounceMs: 300,
  inlayHints: true,
  include: '**/*.py',
  exclude: '**/{node_modules,.venv,venv,site-packages}/**',
  maxGraphNodes: 150,
};

function num(v: unknown, fallback: number, min: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** Settings from the `gradlens` section as the client sends it (nested `budget`/`tolerance` objects). */
export function parseSettings(section: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const s = obj(section);
  const budget = obj(s.budget);
  const tolerance = obj(s.tolerance);
  return {
    maxSteps: num(budget.maxSteps, base.maxSteps, 1),
    maxSeconds: num(budget.maxSeconds, base.maxSeconds, 0.01),
    maxElements: num(budget.maxElements, base.maxElements, 1),
    rtol: num(tolerance.rtol, base.rtol, 0),
    atol: num(tolerance.atol, base.atol, 0),
    debounceMs: num(s.debounceMs, base.debounceMs, 0),
    inlayHints: typeof s.inlayHints === 'boolean' ? s.inlayHints : base.inlayHints,
    include: typeof s.include === 'string' && s.include !== '' ? s.include : base.include,
    exclude: typeof s.exclude === 'string' ? s.exclude : base.exclude,
    maxGraphNodes: num(obj(s.graph).maxNodes, base.maxGraphNodes, 1),
  };
}
