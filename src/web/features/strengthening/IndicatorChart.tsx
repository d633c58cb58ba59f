import { useEffect, useId, useRef, useState } from "react";
import type { Indicator } from "./api.ts";
import { dayNumber, labelledIndices, valueAxis } from "./chart-scale.ts";
import { useFormat } from "./format.ts";

const height = 260;
const margin = { top: 16, right: 24, bottom: 44, left: 64 };

/** The width of an element, following it as the layout changes (for a chart in real pixels). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The measurements of one indicator as a line over time, drawn in SVG at the width it gets, so
 * its text stays readable. It repeats the table next to it and is not the only carrier of the data.
 */
export function IndicatorChart({ indicator, caption }: { indicator: Indicator; caption: string }) {
  const format = useFormat();
  const captionId = useId();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const points = [...indicator.measurements].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const axis = valueAxis(points.map((p) => p.value));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const firstDay = dayNumber(points[0]?.date ?? "1970-01-01");
  const lastDay = dayNumber(points.at(-1)?.date ?? "1970-01-01");
  const x = (date: string) =>
    lastDay === firstDay
      ? margin.left + plotWidth / 2
      : margin.left + ((dayNumber(date) - firstDay) / (lastDay - firstDay)) * plotWidth;
  const y = (value: number) =>
    margin.top + plotHeight - ((value - axis.min) / (axis.max - axis.min)) * plotHeight;
  const labels = new Set(labelledIndices(points.length, Math.max(2, Math.floor(plotWidth / 110))));
  const path = points
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(" ");

  return (
    <figure className="sb-chart">
      <div ref={ref} className="sb-chart__canvas">
        <svg
          role="img"
          aria-labelledby={captionId}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="sb-chart__svg"
        >
          <title>{caption}</title>
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line
                className={tick === 0 ? "sb-chart__zero" : "sb-chart__grid"}
                x1={margin.left}
                x2={margin.left + plotWidth}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text
                className="sb-chart__label"
                x={margin.left - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {format.number(tick)}
              </text>
            </g>
          ))}
          {points.length > 1 && <path className="sb-chart__line" d={path} />}
          {points.map((p, i) => (
            <g key={p.id}>
              <circle className="sb-chart__point" cx={x(p.date)} cy={y(p.value)} r={5} />
              {labels.has(i) && (
                <text
                  className="sb-chart__label"
                  x={x(p.date)}
                  y={margin.top + plotHeight + 24}
                  textAnchor={
                    points.length === 1
                      ? "middle"
                      : i === 0
                        ? "start"
                        : i === points.length - 1
                          ? "end"
                          : "middle"
                  }
                >
                  {format.shortDate(p.date)}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <figcaption id={captionId} className="sb-chart__caption">
        {caption}
      </figcaption>
    </figure>
  );
}
