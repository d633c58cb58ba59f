import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Whether an element scrolls sideways. A table container that does is made focusable (and
 * named by the table's caption), so keyboard users can scroll it too (WCAG 2.1.1).
 */
function useScrollsInline<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, scrolls };
}

/** The container of a table that may be wider than the screen. */
export function TableScroller({ caption, children }: { caption: string; children: ReactNode }) {
  const { ref, scrolls } = useScrollsInline<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": caption } : {})}
    >
      {children}
    </div>
  );
}

/** A cell with its own class or style (a heat-map shade); the content is always written out. */
export interface StyledCell {
  content: ReactNode;
  className?: string;
  style?: CSSProperties;
}

export interface DataTableRow {
  key: string;
  /** The row header (`<th scope="row">`). */
  header: ReactNode;
  cells: (ReactNode | StyledCell)[];
}

function isStyled(cell: ReactNode | StyledCell): cell is StyledCell {
  return typeof cell === "object" && cell !== null && "content" in cell;
}

/**
 * A data table with column headers, row headers and a caption (visually hidden unless
 * `captionVisible`), scrolling sideways inside its container on narrow screens.
 */
export function DataTable({
  caption,
  captionVisible = false,
  columns,
  rows,
  footer,
  className = "",
}: {
  caption: string;
  captionVisible?: boolean;
  /** The first is the header of the row-header column. */
  columns: ReactNode[];
  rows: DataTableRow[];
  footer?: DataTableRow;
  className?: string;
}) {
  const row = (r: DataTableRow) => (
    <tr key={r.key} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell sb-table__name">
        {r.header}
      </th>
      {r.cells.map((cell, i) =>
        isStyled(cell) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
          <td key={i} className={`utrecht-table__cell ${cell.className ?? ""}`} style={cell.style}>
            {cell.content}
          </td>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
          <td key={i} className="utrecht-table__cell">
            {cell}
          </td>
        ),
      )}
    </tr>
  );
  return (
    <TableScroller caption={caption}>
      <table className={`utrecht-table utrecht-table--html-table sb-table ${className}`}>
        <caption className={captionVisible ? undefined : "sb-visually-hidden"}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{rows.map(row)}</tbody>
        {footer && <tfoot>{row(footer)}</tfoot>}
      </table>
    </TableScroller>
  );
}
