import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Language } from "../../domain/i18n/index.ts";
import {
  indicatorChart,
  type Report,
  type ReportBlock,
  reportFormat,
  reportOutline,
  translator,
} from "../../domain/reports/index.ts";
import { chartPng, chartSvg } from "./chart.ts";

const font = "Arial";

function cellParagraph(text: string, options: { bold?: boolean; right?: boolean } = {}) {
  return new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: options.bold })],
  });
}

function table(block: Extract<ReportBlock, { kind: "table" }>) {
  const numeric = new Set(block.numeric ?? []);
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map(
      (column, i) =>
        new TableCell({
          children: [cellParagraph(column, { bold: true, right: numeric.has(i) })],
          shading: { fill: "E7EEF5" },
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (cell, i) =>
            new TableCell({ children: [cellParagraph(cell, { right: numeric.has(i) })] }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/**
 * The report as a Word document. The title uses Word's Title style and the chapters Heading 1
 * and 2, so the municipality can edit it and insert a table of contents; tables repeat their
 * header row on every page; charts are SVG with a PNG for older word processors.
 */
export async function renderDocx(report: Report, language: Language): Promise<Buffer> {
  const t = translator(language);
  const f = reportFormat(language);
  const children: (Paragraph | Table)[] = [];
  for (const block of reportOutline(report, t, language)) {
    switch (block.kind) {
      case "title":
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, text: block.text }));
        break;
      case "heading":
        children.push(
          new Paragraph({
            heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            text: block.text,
          }),
        );
        break;
      case "paragraph":
        children.push(
          new Paragraph({
            style: block.note ? "Note" : undefined,
            children: [new TextRun(block.text)],
          }),
        );
        break;
      case "list":
        for (const item of block.items) {
          children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        }
        break;
      case "table":
        children.push(new Paragraph({ style: "Caption", text: block.caption, keepNext: true }));
        children.push(table(block));
        children.push(new Paragraph({ text: "" }));
        break;
      case "chart": {
        const geometry = indicatorChart(block.measurements);
        const svg = chartSvg(geometry, {
          title: block.caption,
          value: (n) => f.number(n),
          date: (iso) => f.shortDate(iso),
        });
        children.push(
          new Paragraph({
            keepNext: true,
            children: [
              new ImageRun({
                type: "svg",
                data: Buffer.from(svg, "utf8"),
                fallback: { type: "png", data: chartPng(geometry, { value: f.number }) },
                transformation: { width: geometry.width, height: geometry.height },
                altText: { name: block.caption, title: block.caption, description: block.caption },
              }),
            ],
          }),
        );
        children.push(new Paragraph({ style: "Caption", text: block.caption }));
        break;
      }
    }
  }
  const document = new Document({
    creator: "Sociale basis",
    title: t("reports.document.title", { workspace: report.workspace.name }),
    styles: {
      // The language makes Word's spelling check and screen readers read the right language.
      default: {
        document: {
          run: { font, size: 22, language: { value: language === "en" ? "en-GB" : "nl-NL" } },
        },
      },
      paragraphStyles: [
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { italics: true, size: 20, color: "404040" },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
        {
          id: "Note",
          name: "Note",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 20, color: "404040" },
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
