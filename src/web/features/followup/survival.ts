import type { SurvivalPoint } from './followup.types';

/** A known survival figure: `rate` 0–1 at `months` after completion. */
export interface KnownPoint {
  months: number;
  rate: number;
}

/** Drawing area of the chart in SVG units: outer size and the margins kept for axis labels. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Points with a figure, by month. A null rate means nobody was at risk yet: no figure, not 0 %. */
export function knownPoints(points: readonly SurvivalPoint[]): KnownPoint[] {
  return points.filter((p): p is SurvivalPoint & { rate: number } => p.rate !== null).map((p) => ({ months: p.months, rate: p.rate })).sort((a, b) => a.months - b.months);
}

/** The right end of the month axis: the last checkpoint of either series, at least 12 months. */
export function maxMonthsOf(...series: readonly (readonly SurvivalPoint[])[]): number {
  return Math.max(12, ...series.flat().map((p) => p.months));
}

/**
 * The bottom of the rate axis: 50 % when every figure is at least 60 % (survival rates usually are, and on
 * a 0–100 % axis the curves would be a few pixels apart), else 0 %. The axis labels always say which.
 */
export function rateFloor(...series: readonly (readonly KnownPoint[])[]): number {
  const rates = series.flat().map((p) => p.rate);
  return rates.length > 0 && Math.min(...rates) >= 0.6 ? 0.5 : 0;
}

/** Maps months (0…max) to x and a rate (floor…1) to y, inside the box's margins; values outside are clamped. */
export function scales(box: ChartBox, maxMonths: number, floor = 0) {
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  return {
    x: (months: number) => round1(box.left + (Math.min(Math.max(months, 0), maxMonths) / maxMonths) * plotW),
    y: (rate: number) => round1(box.top + ((1 - Math.min(Math.max(rate, floor), 1)) / (1 - floor)) * plotH),
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The SVG path of a survival step curve: everyone trades at completion (month 0, 100 %); the level holds
 * until the next checkpoint and then steps to that checkpoint's rate. Null when there is no figure at all.
 */
export function stepPath(points: readonly KnownPoint[], x: (m: number) => number, y: (r: number) => number): string | null {
  if (points.length === 0) return null;
  let d = `M${x(0)} ${y(1)}`;
  for (const p of points) d += ` H${x(p.months)} V${y(p.rate)}`;
  return d;
}

/** A rate as a whole percentage in the user's language ("87 %" style per locale), '—' when unknown. */
export function formatRate(rate: number | null | undefined, lng: string): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** One row of the survival table: the cohort's and the comparison group's figures at one checkpoint. */
export interface SurvivalRow {
  months: number;
  cohort: SurvivalPoint | null;
  comparison: SurvivalPoint | null;
}

/** Both series side by side, one row per checkpoint either has, in month order. */
export function survivalRows(cohort: readonly SurvivalPoint[], comparison: readonly SurvivalPoint[] | null): SurvivalRow[] {
  const months = [...new Set([...cohort, ...(comparison ?? [])].map((p) => p.months))].sort((a, b) => a - b);
  return months.map((m) => ({
    months: m,
    cohort: cohort.find((p) => p.months === m) ?? null,
    comparison: comparison?.find((p) => p.months === m) ?? null,
  }));
}
