import { useId } from "react";
import { indicatorChart } from "../../../domain/reports/index.ts";

/**
 * An indicator's measurements as a line chart in SVG (the same geometry the Word report uses).
 * It repeats the table that follows it; the caption names it for screen readers.
 */
export function ReportChart({
  caption,
  measurements,
  formatValue,
  formatDate,
}: {
  caption: string;
  measurements: { date: string; value: number }[];
  formatValue: (n: number) => string;
  formatDate: (iso: string) => string;
}) {
  const captionId = useId();
  const g = indicatorChart(measurements);
  return (
    <figure className="sb-report__figure">
      <svg
        role="img"
        aria-labelledby={captionId}
        viewBox={`0 0 ${g.width} ${g.height}`}
        className="sb-report__chart"
      >
        <title>{caption}</title>
        {g.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              className={tick.value === 0 ? "sb-report__axis" : "sb-report__grid"}
              x1={g.plot.left}
              x2={g.plot.right}
              y1={tick.y}
              y2={tick.y}
            />
            <text
              className="sb-report__label"
              x={g.plot.left - 8}
              y={tick.y}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatValue(tick.value)}
            </text>
          </g>
        ))}
        {g.path && <path className="sb-report__line" d={g.path} />}
        {g.points.map((p) => (
          <circle key={p.date} className="sb-report__point" cx={p.x} cy={p.y} r={5} />
        ))}
        {g.xLabels.map((label) => (
          <text
            key={label.date}
            className="sb-report__label"
            x={label.x}
            y={g.plot.bottom + 24}
            textAnchor={label.anchor}
          >
            {formatDate(label.date)}
          </text>
        ))}
      </svg>
      <figcaption id={captionId} className="sb-report__caption">
        {caption}
      </figcaption>
    </figure>
  );
}
