import zlib from "node:zlib";
import type { ChartGeometry } from "../../domain/reports/index.ts";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An indicator chart as a standalone SVG, with its values and dates written on the axes. */
export function chartSvg(
  g: ChartGeometry,
  labels: { value: (n: number) => string; date: (iso: string) => string; title: string },
): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}" role="img">`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect width="${g.width}" height="${g.height}" fill="#ffffff"/>`,
  ];
  for (const tick of g.ticks) {
    parts.push(
      `<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${tick.y.toFixed(1)}" y2="${tick.y.toFixed(1)}" stroke="${tick.value === 0 ? "#555555" : "#d0d0d0"}" stroke-width="1"/>`,
      `<text x="${g.plot.left - 8}" y="${(tick.y + 4).toFixed(1)}" text-anchor="end" font-family="Arial, sans-serif" font-size="13" fill="#333333">${escapeXml(labels.value(tick.value))}</text>`,
    );
  }
  if (g.path) {
    parts.push(`<path d="${g.path}" fill="none" stroke="#1f4e79" stroke-width="3"/>`);
  }
  for (const p of g.points) {
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5" fill="#1f4e79" stroke="#ffffff" stroke-width="1.5"/>`,
    );
  }
  for (const label of g.xLabels) {
    parts.push(
      `<text x="${label.x.toFixed(1)}" y="${g.plot.bottom + 24}" text-anchor="${label.anchor}" font-family="Arial, sans-serif" font-size="13" fill="#333333">${escapeXml(labels.date(label.date))}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

type Rgb = readonly [number, number, number];

/** A 5 × 7 pixel font for what the raster chart writes: numbers and dates as digits. */
const glyphs: Record<string, string> = {
  "0": "01110100011001110101110011000101110",
  "1": "00100011000010000100001000010001110",
  "2": "01110100010000100010001000100011111",
  "3": "11111000100010000010000011000101110",
  "4": "00010001100101010010111110001000010",
  "5": "11111100001111000001000011000101110",
  "6": "00110010001000011110100011000101110",
  "7": "11111000010001000100010000100001000",
  "8": "01110100011000101110100011000101110",
  "9": "01110100011000101111000010001001100",
  ".": "00000000000000000000000000110001100",
  ",": "00000000000000000000011000010001000",
  "-": "00000000000000011111000000000000000",
  "%": "11000110010001000100010001001100011",
};

/**
 * The same chart rasterised to PNG, for word processors that cannot show SVG (LibreOffice shows
 * this one): grid, line and points, values and dates (as yyyy-mm) in digits.
 */
export function chartPng(
  g: ChartGeometry,
  labels: { value: (n: number) => string } = { value: String },
  scale = 2,
): Buffer {
  const width = Math.round(g.width * scale);
  const height = Math.round(g.height * scale);
  const pixels = Buffer.alloc(width * height * 3, 0xff);
  const put = (x: number, y: number, [r, gr, b]: Rgb) => {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= width || py >= height) return;
    const i = (py * width + px) * 3;
    pixels[i] = r;
    pixels[i + 1] = gr;
    pixels[i + 2] = b;
  };
  const disc = (cx: number, cy: number, radius: number, color: Rgb) => {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        if (dx * dx + dy * dy <= radius * radius) put(cx + dx, cy + dy, color);
      }
    }
  };
  const line = (x1: number, y1: number, x2: number, y2: number, thickness: number, color: Rgb) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) * 2));
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      disc(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, thickness / 2, color);
    }
  };
  for (const tick of g.ticks) {
    const y = tick.y * scale;
    const color: Rgb = tick.value === 0 ? [0x55, 0x55, 0x55] : [0xd0, 0xd0, 0xd0];
    for (let x = g.plot.left * scale; x <= g.plot.right * scale; x++) put(x, y, color);
  }
  const blue: Rgb = [0x1f, 0x4e, 0x79];
  for (let i = 1; i < g.points.length; i++) {
    const a = g.points[i - 1]!;
    const b = g.points[i]!;
    line(a.x * scale, a.y * scale, b.x * scale, b.y * scale, 3 * scale, blue);
  }
  for (const p of g.points) disc(p.x * scale, p.y * scale, 5 * scale, blue);

  // Text: each font pixel is 2 × 2 chart pixels (at `scale`), one pixel between characters.
  const dot = 2 * scale;
  const grey: Rgb = [0x33, 0x33, 0x33];
  const textWidth = (text: string) => text.length * 6 * dot - dot;
  const write = (text: string, left: number, top: number) => {
    [...text].forEach((ch, i) => {
      const glyph = glyphs[ch];
      if (!glyph) return;
      for (let k = 0; k < 35; k++) {
        if (glyph[k] !== "1") continue;
        const x0 = left + (i * 6 + (k % 5)) * dot;
        const y0 = top + Math.floor(k / 5) * dot;
        for (let dy = 0; dy < dot; dy++)
          for (let dx = 0; dx < dot; dx++) put(x0 + dx, y0 + dy, grey);
      }
    });
  };
  for (const tick of g.ticks) {
    const text = labels.value(tick.value);
    write(text, (g.plot.left - 8) * scale - textWidth(text), tick.y * scale - 3.5 * dot);
  }
  for (const label of g.xLabels) {
    const text = label.date.slice(0, 7);
    const width = textWidth(text);
    const x = label.x * scale;
    const left = label.anchor === "start" ? x : label.anchor === "end" ? x - width : x - width / 2;
    write(text, left, (g.plot.bottom + 12) * scale);
  }

  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    pixels.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
