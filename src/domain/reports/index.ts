export { type ChartGeometry, indicatorChart } from "./chart.ts";
export { type ReportFormatter, reportFormat, type Translate, translator } from "./format.ts";
export * from "./model.ts";
export { type ReportBlock, reportOutline } from "./outline.ts";
export { type ReportSheet, reportSheets, type SheetCell } from "./sheets.ts";
export { type ReportText, reportText } from "./text.ts";
