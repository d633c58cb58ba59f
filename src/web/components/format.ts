/** A share 0..1 as a whole percentage; "—" when there is none. */
export const percent = (value: number | null) =>
  value === null ? "—" : `${Math.round(value * 100)}%`;
