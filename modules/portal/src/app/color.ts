/**
 * Colour maths for white-labelling: an organization picks any brand colour, and the portal must stay readable.
 * WCAG 2.x relative luminance and contrast ratio; text on the brand colour is white or near-black, whichever
 * reaches 4.5:1 (or contrasts more); brand-coloured text on white is darkened until it reaches 4.5:1.
 */

export interface Rgb {
  r: number
  g: number
  b: number
}

/** The platform's own colour, used when an organization has none. */
export const DEFAULT_PRIMARY = '#1D4ED8'
export const WHITE = '#FFFFFF'
/** Dark text used on light brand colours (Tailwind gray-900): 17.7:1 on white. */
export const DARK_TEXT = '#111827'
/** WCAG AA for normal text. */
export const AA_NORMAL = 4.5

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

export function isHexColor(value: string | null | undefined): value is string {
  return typeof value === 'string' && HEX.test(value.trim())
}

export function parseHex(value: string): Rgb {
  const m = HEX.exec(value.trim())
  if (!m) throw new Error(`not a #RRGGBB colour: ${value}`)
  let hex = m[1]
  if (hex.length === 3) hex = hex.split('').map((c) => c + c).join('')
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  }
}

export function toHex({ r, g, b }: Rgb): string {
  const h = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0')
  return `#${h(r)}${h(g)}${h(b)}`.toUpperCase()
}

/** Normalizes to upper-case #RRGGBB, or the fallback when the value is not a colour. */
export function normalizeHex(value: string | null | undefined, fallback = DEFAULT_PRIMARY): string {
  return isHexColor(value) ? toHex(parseHex(value)) : fallback
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const { r, g, b } = parseHex(color)
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  const [hi, lo] = la >= lb ? [la, lb] : [lb, la]
  return (hi + 0.05) / (lo + 0.05)
}

/** Mixes `color` with `other`: weight 0 keeps `color`, 1 gives `other` (Element Plus' light/dark variants). */
export function mix(color: string, other: string, weight: number): string {
  const a = parseHex(color)
  const b = parseHex(other)
  return toHex({
    r: a.r + (b.r - a.r) * weight,
    g: a.g + (b.g - a.g) * weight,
    b: a.b + (b.b - a.b) * weight,
  })
}

/** The text colour for text on a `background`: white when it reaches 4.5:1, else dark text, else the better one. */
export function readableTextOn(background: string): string {
  const white = contrastRatio(WHITE, background)
  if (white >= AA_NORMAL) return WHITE
  const dark = contrastRatio(DARK_TEXT, background)
  if (dark >= AA_NORMAL) return DARK_TEXT
  return white >= dark ? WHITE : DARK_TEXT
}

/**
 * The colour itself if it already reaches `ratio` against `background`, else the colour mixed with black in 2 %
 * steps until it does: brand-coloured links and active items stay recognisably the brand, yet readable.
 */
export function darkenUntilContrast(color: string, background = WHITE, ratio = AA_NORMAL): string {
  const base = toHex(parseHex(color))
  if (contrastRatio(base, background) >= ratio) return base
  for (let w = 0.02; w <= 1.0001; w += 0.02) {
    const candidate = mix(base, '#000000', w)
    if (contrastRatio(candidate, background) >= ratio) return candidate
  }
  return '#000000'
}

export interface BrandPalette {
  primary: string
  light3: string
  light5: string
  light7: string
  light8: string
  light9: string
  dark2: string
  /** Text on the primary colour (buttons, header bar). */
  onPrimary: string
  /** The primary colour for text and icons on white: at least 4.5:1. */
  primaryText: string
  /** Background of a hovered primary button that keeps `onPrimary` readable. */
  primaryHover: string
}

/** Every colour the theme needs from one brand colour. */
export function brandPalette(primaryColor: string | null | undefined): BrandPalette {
  const primary = normalizeHex(primaryColor)
  const onPrimary = readableTextOn(primary)
  const dark2 = mix(primary, '#000000', 0.2)
  const light3 = mix(primary, WHITE, 0.3)
  // White text stays readable on a darker hover; dark text on a lighter one.
  const primaryHover = onPrimary === WHITE
    ? (contrastRatio(WHITE, light3) >= AA_NORMAL ? light3 : mix(primary, '#000000', 0.1))
    : light3
  return {
    primary,
    light3,
    light5: mix(primary, WHITE, 0.5),
    light7: mix(primary, WHITE, 0.7),
    light8: mix(primary, WHITE, 0.8),
    light9: mix(primary, WHITE, 0.9),
    dark2,
    onPrimary,
    primaryText: darkenUntilContrast(primary, WHITE),
    primaryHover,
  }
}

/**
 * Element Plus' default status colours and secondary texts are lighter than WCAG AA allows for text (#F56C6C on white
 * is 3.3:1, #909399 3.2:1). These reach 4.5:1 on white (and on their own pale backgrounds) and carry white text.
 */
export const ACCESSIBLE_THEME: Record<string, string> = {
  '--el-color-danger': '#C62828',
  '--el-color-error': '#C62828',
  '--el-color-success': '#2E7D32',
  '--el-color-warning': '#A15C07',
  '--el-color-info': '#5B6472',
  '--el-text-color-secondary': '#6B7280',
  '--el-text-color-placeholder': '#80868F',
}

/** CSS custom properties for Element Plus and the shell, from a palette (status colours included). */
export function paletteCssVariables(p: BrandPalette): Record<string, string> {
  return {
    ...ACCESSIBLE_THEME,
    '--el-color-primary': p.primary,
    '--el-color-primary-light-3': p.light3,
    '--el-color-primary-light-5': p.light5,
    '--el-color-primary-light-7': p.light7,
    '--el-color-primary-light-8': p.light8,
    '--el-color-primary-light-9': p.light9,
    '--el-color-primary-dark-2': p.dark2,
    '--anju-primary': p.primary,
    '--anju-on-primary': p.onPrimary,
    '--anju-primary-text': p.primaryText,
    '--anju-primary-hover': p.primaryHover,
    '--anju-primary-soft': p.light9,
  }
}
