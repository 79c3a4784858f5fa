/**
 * The handwritten signature: points from pointer, mouse or touch events in canvas pixels (the canvas is drawn at
 * the screen's pixel ratio), enough ink to count as a signature, and the export to a PNG data URL cropped to the
 * ink with a margin, on white, at most 600 × 240 pixels (what the server stamps into the signed PDF).
 */

export interface Point {
  x: number
  y: number
}

export type Stroke = Point[]

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export const MIN_INK = 40
export const MAX_EXPORT = { width: 600, height: 240 }
export const EXPORT_MARGIN = 12

/** A client position (mouse, touch or pointer) as a point in the canvas' own pixels. */
export function canvasPoint(client: { clientX: number; clientY: number }, rect: Rect, canvas: { width: number; height: number }): Point {
  const sx = rect.width ? canvas.width / rect.width : 1
  const sy = rect.height ? canvas.height / rect.height : 1
  return { x: (client.clientX - rect.left) * sx, y: (client.clientY - rect.top) * sy }
}

/** The canvas' pixel size for a CSS size at a device pixel ratio (capped at 3, at least 1). */
export function backingSize(cssWidth: number, cssHeight: number, ratio: number): { width: number; height: number; scale: number } {
  const scale = Math.min(3, Math.max(1, ratio || 1))
  return { width: Math.round(cssWidth * scale), height: Math.round(cssHeight * scale), scale }
}

/** Length of the ink drawn, in canvas pixels (a tap is a dot of length 0). */
export function inkLength(strokes: readonly Stroke[]): number {
  let total = 0
  for (const s of strokes) {
    for (let i = 1; i < s.length; i++) total += Math.hypot(s[i].x - s[i - 1].x, s[i].y - s[i - 1].y)
  }
  return total
}

/** Whether the strokes are more than a tap or a stray line (`scale` = device pixel ratio the points are in). */
export function hasEnoughInk(strokes: readonly Stroke[], scale = 1, min = MIN_INK): boolean {
  return inkLength(strokes) >= min * scale
}

/** The smallest box around every point, widened by `margin` and kept inside the canvas; null without ink. */
export function inkBounds(strokes: readonly Stroke[], canvas: { width: number; height: number }, margin = EXPORT_MARGIN): Box | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const s of strokes) {
    for (const p of s) {
      minX = Math.min(minX, p.x)
      minY = Math.min(minY, p.y)
      maxX = Math.max(maxX, p.x)
      maxY = Math.max(maxY, p.y)
    }
  }
  if (!Number.isFinite(minX)) return null
  const x = Math.max(0, Math.floor(minX - margin))
  const y = Math.max(0, Math.floor(minY - margin))
  const right = Math.min(canvas.width, Math.ceil(maxX + margin))
  const bottom = Math.min(canvas.height, Math.ceil(maxY + margin))
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) }
}

/** A size scaled down (never up) to fit within `max`, keeping its proportions. */
export function fitWithin(width: number, height: number, max = MAX_EXPORT): { width: number; height: number } {
  const k = Math.min(1, max.width / width, max.height / height)
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) }
}

export function isPngDataUrl(value: string | null | undefined): boolean {
  return !!value && /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/.test(value)
}

/** Decoded size of a base64 data URL in bytes. */
export function dataUrlBytes(dataUrl: string): number {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0
  return Math.floor((b64.length * 3) / 4) - padding
}

/** The bits of a canvas the export needs (an HTMLCanvasElement, or a stand-in in tests). */
export interface CanvasLike {
  width: number
  height: number
  getContext(type: '2d'): {
    fillStyle: unknown
    fillRect(x: number, y: number, w: number, h: number): void
    drawImage(image: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void
  } | null
  toDataURL(type: string): string
}

/**
 * The signature as `data:image/png;base64,…`: the inked part of `source` copied on white into a new canvas from
 * `createCanvas`, scaled to fit MAX_EXPORT. Null when there is not enough ink.
 */
export function exportSignature(
  source: CanvasLike,
  strokes: readonly Stroke[],
  createCanvas: (width: number, height: number) => CanvasLike,
  scale = 1,
): string | null {
  if (!hasEnoughInk(strokes, scale)) return null
  const box = inkBounds(strokes, source, EXPORT_MARGIN * scale)
  if (!box) return null
  const size = fitWithin(box.width, box.height)
  const out = createCanvas(size.width, size.height)
  const ctx = out.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, size.width, size.height)
  ctx.drawImage(source, box.x, box.y, box.width, box.height, 0, 0, size.width, size.height)
  const url = out.toDataURL('image/png')
  return isPngDataUrl(url) ? url : null
}

/** A canvas made by the document (the browser's implementation of `createCanvas`). */
export function documentCanvas(width: number, height: number): CanvasLike {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  return c as unknown as CanvasLike
}
