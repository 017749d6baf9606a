// The retreat's charts as PNG images, drawn on a canvas from the same figures the screen shows: the
// heatmap (cells in their status's tint with the score and the status symbol) and the KPIs-by-status bars.
// Drawn from the figures rather than copied from the page, so the image is the same at any screen width;
// mirrored in Arabic like the page.

export interface ImageText {
  title: string;
  subtitle: string;
  rtl: boolean;
}

export interface HeatmapImage extends ImageText {
  columns: readonly string[];
  rows: ReadonlyArray<{ label: string; cells: ReadonlyArray<{ text: string; fill: string }> }>;
  legend: ReadonlyArray<{ fill: string; text: string }>;
}

export interface BarsImage extends ImageText {
  rows: ReadonlyArray<{
    label: string;
    segments: ReadonlyArray<{ count: number; color: string; symbol: string }>;
  }>;
  legend: ReadonlyArray<{ fill: string; text: string }>;
}

const FONT = 'system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif';
const INK = '#1b2430';
const MUTED = '#4a5665';
const PAD = 24;
const SCALE = 2;

interface Painter {
  ctx: CanvasRenderingContext2D;
  width: number;
  /** Left edge of a box of width w placed at x from the start side (left, or right in Arabic). */
  x: (x: number, w?: number) => number;
  text: (
    text: string,
    x: number,
    y: number,
    size: number,
    options?: { bold?: boolean; color?: string; center?: boolean; w?: number },
  ) => void;
}

function painter(width: number, height: number, rtl: boolean): { canvas: HTMLCanvasElement; paint: Painter } {
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'middle';
  const x = (at: number, w = 0) => (rtl ? width - at - w : at);
  return {
    canvas,
    paint: {
      ctx,
      width,
      x,
      text(text, at, y, size, options = {}) {
        ctx.font = `${options.bold ? '600 ' : ''}${size}px ${FONT}`;
        ctx.fillStyle = options.color ?? INK;
        const w = options.w ?? 0;
        if (options.center) {
          ctx.textAlign = 'center';
          ctx.fillText(text, x(at, w) + w / 2, y);
        } else {
          // from the start side: the left edge, or the right edge in Arabic
          ctx.textAlign = rtl ? 'right' : 'left';
          ctx.fillText(text, x(at), y);
        }
      },
    },
  };
}

function measure(text: string, size: number, bold = false): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * size * 0.6;
  ctx.font = `${bold ? '600 ' : ''}${size}px ${FONT}`;
  return ctx.measureText(text).width;
}

function heading(paint: Painter, image: ImageText) {
  paint.text(image.title, PAD, PAD + 10, 20, { bold: true });
  paint.text(image.subtitle, PAD, PAD + 36, 13, { color: MUTED });
}

function legend(paint: Painter, items: HeatmapImage['legend'], top: number) {
  let at = PAD;
  for (const item of items) {
    paint.ctx.fillStyle = item.fill;
    paint.ctx.fillRect(paint.x(at, 14), top - 7, 14, 14);
    paint.text(item.text, at + 20, top, 12);
    at += 20 + measure(item.text, 12) + 18;
  }
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

export function heatmapPng(image: HeatmapImage): Promise<Blob> {
  const labelW = Math.max(60, ...image.rows.map((r) => measure(r.label, 13, true))) + 16;
  const cellW = Math.max(76, ...image.columns.map((c) => measure(c, 12) + 12));
  const cellH = 34;
  const top = PAD + 64;
  const legendW = image.legend.reduce((sum, item) => sum + 38 + measure(item.text, 12), 0);
  const width = Math.ceil(Math.max(PAD * 2 + labelW + cellW * image.columns.length, PAD * 2 + legendW, 640));
  const height = top + cellH * (image.rows.length + 1) + 56;
  const { canvas, paint } = painter(width, height, image.rtl);
  heading(paint, image);
  image.columns.forEach((column, i) =>
    paint.text(column, PAD + labelW + i * cellW, top + cellH / 2, 12, { bold: true, center: true, w: cellW }),
  );
  image.rows.forEach((row, r) => {
    const y = top + cellH * (r + 1);
    paint.text(row.label, PAD, y + cellH / 2, 13, { bold: true });
    row.cells.forEach((cell, i) => {
      const left = PAD + labelW + i * cellW;
      paint.ctx.fillStyle = cell.fill;
      paint.ctx.fillRect(paint.x(left, cellW) + 1, y + 1, cellW - 2, cellH - 2);
      paint.text(cell.text, left, y + cellH / 2, 12, { center: true, w: cellW });
    });
  });
  legend(paint, image.legend, height - 28);
  return toPng(canvas);
}

export function statusBarsPng(image: BarsImage): Promise<Blob> {
  const labelW = Math.max(60, ...image.rows.map((r) => measure(r.label, 13, true))) + 16;
  const barW = 760;
  const rowH = 40;
  const top = PAD + 64;
  const width = PAD * 2 + labelW + barW;
  const height = top + rowH * image.rows.length + 56;
  const { canvas, paint } = painter(width, height, image.rtl);
  heading(paint, image);
  const most = Math.max(1, ...image.rows.map((r) => r.segments.reduce((sum, s) => sum + s.count, 0)));
  image.rows.forEach((row, r) => {
    const y = top + rowH * r;
    paint.text(row.label, PAD, y + rowH / 2, 13, { bold: true });
    let at = PAD + labelW;
    for (const segment of row.segments) {
      const w = (segment.count / most) * barW;
      if (w <= 0) continue;
      paint.ctx.fillStyle = segment.color;
      paint.ctx.fillRect(paint.x(at, w), y + 6, w, rowH - 12);
      if (w > 22)
        paint.text(String(segment.count), at, y + rowH / 2, 12, {
          bold: true,
          color: '#ffffff',
          center: true,
          w,
        });
      at += w;
    }
  });
  legend(paint, image.legend, height - 28);
  return toPng(canvas);
}
