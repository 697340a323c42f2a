// Medians, ranges, ratios and budgets of the bench, as a Markdown table.

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface Timed {
  /** Row label. */
  name: string;
  /**
   * One value per run, or per load pair (null where a run did not measure it); app[i] and bare[i] ran one
   * after the other.
   */
  app: (number | null)[];
  bare: (number | null)[];
  /** The page of the second column when it is not the bare MapLibre page (the Leaflet page). */
  peer?: string;
  /** Budget on the paired ratio (see pairedRatio). */
  maxRatio?: number;
  /** Budget on the largest app value of all runs (for long tasks: none may be over it). */
  maxApp?: number;
}

export interface Verdict {
  name: string;
  value: number;
  limit: number;
  unit: string;
  ok: boolean;
}

const values = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** median(app) / median(bare). */
export const ratioOfMedians = (row: Timed): number => median(values(row.app)) / median(values(row.bare));

/**
 * The median over the runs of app[i] / bare[i]. The two pages of a run load one right after the other, so a
 * machine busy with other work for a while slows both of a pair: this ratio shrugs that off far better than the
 * ratio of the medians, which is why the budgets use it.
 */
export function pairedRatio(row: Timed): number {
  const ratios: number[] = [];
  row.app.forEach((a, i) => {
    const b = row.bare[i];
    if (a !== null && b !== null && b !== undefined && b > 0) ratios.push(a / b);
  });
  return median(ratios);
}

const fmtMs = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : '–');
const range = (all: readonly (number | null)[]) => {
  const xs = values(all);
  return xs.length ? `${fmtMs(median(xs))} (${fmtMs(Math.min(...xs))}–${fmtMs(Math.max(...xs))})` : '–';
};
const fmtRatio = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}`;

/** The budget verdicts of a timed row. */
export function timedVerdicts(row: Timed): Verdict[] {
  const out: Verdict[] = [];
  if (row.maxRatio !== undefined) {
    const ratio = pairedRatio(row);
    out.push({
      name: `${row.name}: app/${row.peer ?? 'bare'} (paired)`,
      value: ratio,
      limit: row.maxRatio,
      unit: '×',
      ok: ratio <= row.maxRatio,
    });
  }
  if (row.maxApp !== undefined) {
    const worst = Math.max(...values(row.app));
    out.push({
      name: `${row.name}: app, worst run`,
      value: worst,
      limit: row.maxApp,
      unit: 'ms',
      ok: worst <= row.maxApp,
    });
  }
  return out;
}

function budgetText(row: Timed): string {
  const parts: string[] = [];
  if (row.maxRatio !== undefined) parts.push(`paired ≤ ${row.maxRatio}`);
  if (row.maxApp !== undefined) parts.push(`every app run ≤ ${row.maxApp} ms`);
  return parts.join('; ') || '–';
}

const okText = (vs: Verdict[]) => (vs.length === 0 ? '' : vs.every((v) => v.ok) ? 'ok' : '**FAIL**');

/** The timings table: medians with min–max over the runs, the ratio of the medians and the paired ratio. */
export function timedTable(rows: readonly Timed[]): string {
  const lines = [
    '| measure (ms) | app: median (min–max) | bare MapLibre (or the page named): median (min–max) | app/bare: of medians | paired | budget | |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${range(row.app)} | ${row.peer ? `${row.peer}: ` : ''}${range(row.bare)} | ${fmtRatio(ratioOfMedians(row))} | ${fmtRatio(pairedRatio(row))} | ${budgetText(row)} | ${okText(timedVerdicts(row))} |`,
    );
  }
  return lines.join('\n');
}

export interface BytesRow {
  name: string;
  app: number;
  bare: number | null;
  /** Budget on the app's value (bytes). */
  maxApp?: number;
}

export function bytesVerdicts(row: BytesRow): Verdict[] {
  return row.maxApp === undefined
    ? []
    : [
        {
          name: row.name,
          value: row.app / 1024,
          limit: row.maxApp / 1024,
          unit: 'KB',
          ok: row.app <= row.maxApp,
        },
      ];
}

/** The bytes table (KB gzipped, 1 KB = 1024 bytes). */
export function bytesTable(rows: readonly BytesRow[]): string {
  const lines = ['| first view, KB gzipped | app | bare MapLibre | budget | |', '|---|---|---|---|---|'];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${kb(row.app)} | ${row.bare === null ? '–' : kb(row.bare)} | ${row.maxApp === undefined ? '–' : `≤ ${kb(row.maxApp)}`} | ${okText(bytesVerdicts(row))} |`,
    );
  }
  return lines.join('\n');
}
