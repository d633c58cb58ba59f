import type { CSSProperties, ReactNode } from "react";

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
    <div className="utrecht-table-container utrecht-table-container--overflow-inline">
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
    </div>
  );
}
