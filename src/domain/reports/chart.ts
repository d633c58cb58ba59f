/** A "nice" step (1, 2, 2.5 or 5 × a power of ten) so that about `count` steps span `range`. */
function niceStep(range: number, count: number): number {
  if (!(range > 0) || count < 1) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function dayNumber(isoDate: string): number {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Horizontal grid lines with their value. */
  ticks: { value: number; y: number }[];
  points: { x: number; y: number; date: string; value: number }[];
  /** SVG path data of the line through the points ("" for fewer than two). */
  path: string;
  /** Dates written under the axis, at most one per ~110 px. */
  xLabels: { x: number; date: string; anchor: "start" | "middle" | "end" }[];
}

/**
 * The geometry of an indicator's line chart: values on a nice axis from 0 (or below), dates on a
 * time axis. Drawn as SVG in the print page and in Word, and rasterised for Word's fallback.
 */
export function indicatorChart(
  measurements: readonly { date: string; value: number }[],
  width = 600,
  height = 260,
): ChartGeometry {
  const plot = { left: 64, top: 16, right: width - 24, bottom: height - 44 };
  const points = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let low = Math.min(0, ...points.map((p) => p.value));
  let high = Math.max(0, ...points.map((p) => p.value));
  if (high === low) high = low + 1;
  const step = niceStep(high - low, 4);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const y = (value: number) =>
    plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const ticks: ChartGeometry["ticks"] = [];
  for (let i = 0; low + i * step <= high + step / 1e6; i++) {
    const value = Number((low + i * step).toPrecision(12));
    ticks.push({ value, y: y(value) });
  }
  const first = dayNumber(points[0]?.date ?? "1970-01-01");
  const last = dayNumber(points.at(-1)?.date ?? "1970-01-01");
  const x = (date: string) =>
    last === first
      ? (plot.left + plot.right) / 2
      : plot.left + ((dayNumber(date) - first) / (last - first)) * (plot.right - plot.left);
  const placed = points.map((p) => ({ x: x(p.date), y: y(p.value), date: p.date, value: p.value }));
  const path =
    placed.length > 1
      ? placed.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")
      : "";
  const room = Math.max(2, Math.floor((plot.right - plot.left) / 110));
  const every = Math.max(1, Math.ceil(placed.length / room));
  const xLabels = placed
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => i % every === 0 || i === placed.length - 1)
    .map(({ p, i }) => ({
      x: p.x,
      date: p.date,
      anchor:
        placed.length === 1
          ? ("middle" as const)
          : i === 0
            ? ("start" as const)
            : i === placed.length - 1
              ? ("end" as const)
              : ("middle" as const),
    }));
  return { width, height, plot, ticks, points: placed, path, xLabels };
}
