// What one plan's figures (in one visibility) remember across data revisions: the figures of each period
// computed so far, and which KPIs changed from one revision to the next, so that a later revision's figures
// are brought up to date by difference (figure-index.ts) instead of being computed again for every KPI.

interface Change {
  from: number;
  to: number;
  kpiIds: readonly number[];
}

/** Changes remembered: enough to bridge the revisions between two reads of a busy plan. */
const MAX_CHANGES = 256;
/** Periods (and moments) whose figures are kept. */
const MAX_PERIODS = 64;

export class FiguresMemory {
  private readonly periods = new Map<string, object>();
  private readonly changes: Change[] = [];

  /** The KPIs (by id) changed from revision `from` to `to`. */
  record(from: number, to: number, kpiIds: readonly number[]): void {
    this.changes.push({ from, to, kpiIds });
    if (this.changes.length > MAX_CHANGES) this.changes.shift();
  }

  /** The KPIs changed between two revisions, or null when the changes in between are not all known. */
  changedBetween(from: number, to: number): Set<number> | null {
    const changed = new Set<number>();
    let at = from;
    const start = this.changes.findIndex((c) => c.from === from);
    if (start < 0) return from === to ? changed : null;
    for (let i = start; i < this.changes.length && at < to; i++) {
      const change = this.changes[i] as Change;
      if (change.from !== at) return null;
      for (const id of change.kpiIds) changed.add(id);
      at = change.to;
    }
    return at === to ? changed : null;
  }

  get<T extends object>(key: string): T | undefined {
    return this.periods.get(key) as T | undefined;
  }

  /** What is kept under `key`, no longer kept. */
  take<T extends object>(key: string): T | undefined {
    const figures = this.periods.get(key) as T | undefined;
    this.periods.delete(key);
    return figures;
  }

  set(key: string, figures: object): void {
    this.periods.delete(key);
    if (this.periods.size >= MAX_PERIODS) {
      const oldest = this.periods.keys().next().value;
      if (oldest !== undefined) this.periods.delete(oldest);
    }
    this.periods.set(key, figures);
  }
}
