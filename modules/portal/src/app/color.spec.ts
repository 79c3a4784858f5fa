import { describe, expect, it } from 'vitest'
import {
  ACCESSIBLE_THEME,
  AA_NORMAL,
  brandPalette,
  contrastRatio,
  darkenUntilContrast,
  DARK_TEXT,
  mix,
  normalizeHex,
  paletteCssVariables,
  parseHex,
  readableTextOn,
  relativeLuminance,
  WHITE,
} from './color'

describe('WCAG colour maths', () => {
  it('parses and normalizes hex colours', () => {
    expect(parseHex('#0f766e')).toEqual({ r: 15, g: 118, b: 110 })
    expect(parseHex('fff')).toEqual({ r: 255, g: 255, b: 255 })
    expect(normalizeHex('#abc')).toBe('#AABBCC')
    expect(normalizeHex('red')).toBe('#1D4ED8')
    expect(normalizeHex(null, '#000000')).toBe('#000000')
    expect(() => parseHex('#12345')).toThrow()
  })

  it('computes relative luminance and contrast like the WCAG definition', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10)
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 10)
    // Published reference values: #767676 on white is the lightest grey reaching 4.5:1.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5)
    expect(contrastRatio('#0F766E', '#FFFFFF')).toBeCloseTo(contrastRatio('#FFFFFF', '#0F766E'), 10)
  })

  it('mixes towards another colour', () => {
    expect(mix('#000000', '#FFFFFF', 0.5)).toBe('#808080')
    expect(mix('#0F766E', '#FFFFFF', 0)).toBe('#0F766E')
    expect(mix('#0F766E', '#000000', 1)).toBe('#000000')
  })
})

describe('readable text on any brand colour', () => {
  it('white on dark brand colours, dark text on light ones', () => {
    expect(readableTextOn('#0F766E')).toBe(WHITE) // demo operator teal
    expect(readableTextOn('#B91C1C')).toBe(WHITE) // demo authority red
    expect(readableTextOn('#1D4ED8')).toBe(WHITE) // platform blue
    expect(readableTextOn('#FACC15')).toBe(DARK_TEXT) // yellow
    expect(readableTextOn('#FFFFFF')).toBe(DARK_TEXT)
    expect(readableTextOn('#22C55E')).toBe(DARK_TEXT) // a bright green where white fails
  })

  it('always reaches 4.5:1 or picks the better of white and dark text', () => {
    for (let r = 0; r < 256; r += 51) {
      for (let g = 0; g < 256; g += 51) {
        for (let b = 0; b < 256; b += 51) {
          const bg = normalizeHex(`#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`)
          const text = readableTextOn(bg)
          const other = text === WHITE ? DARK_TEXT : WHITE
          expect(contrastRatio(text, bg) >= AA_NORMAL || contrastRatio(text, bg) >= contrastRatio(other, bg), bg).toBe(true)
        }
      }
    }
  })

  it('darkens brand-coloured text on white just until it reaches 4.5:1', () => {
    expect(darkenUntilContrast('#0F766E')).toBe('#0F766E') // already 5.5:1
    const yellow = darkenUntilContrast('#FACC15')
    expect(contrastRatio(yellow, WHITE)).toBeGreaterThanOrEqual(AA_NORMAL)
    expect(yellow).not.toBe('#000000') // still a (dark) yellow, not black
    // just enough: not much darker than needed (2 % steps)
    expect(contrastRatio(yellow, WHITE)).toBeLessThan(AA_NORMAL + 0.4)
    expect(contrastRatio(darkenUntilContrast('#FFFFFF'), WHITE)).toBeGreaterThanOrEqual(AA_NORMAL)
  })

  it('builds the Element Plus palette with readable text, hover and text colours', () => {
    for (const colour of ['#0F766E', '#B91C1C', '#FACC15', '#22C55E', '#7C3AED', '#F97316', '#FFFFFF', '#000000']) {
      const p = brandPalette(colour)
      expect(p.primary).toBe(normalizeHex(colour))
      expect(contrastRatio(p.primaryText, WHITE), colour).toBeGreaterThanOrEqual(AA_NORMAL)
      if (contrastRatio(p.onPrimary, p.primary) >= AA_NORMAL) {
        expect(contrastRatio(p.onPrimary, p.primaryHover), `${colour} hover`).toBeGreaterThanOrEqual(AA_NORMAL)
      }
      if (colour !== '#FFFFFF') expect(p.light9).not.toBe(p.primary)
    }
    const vars = paletteCssVariables(brandPalette('#0F766E'))
    expect(vars['--el-color-primary']).toBe('#0F766E')
    expect(vars['--el-color-primary-light-9']).toBe(mix('#0F766E', '#FFFFFF', 0.9))
    expect(vars['--el-color-primary-dark-2']).toBe(mix('#0F766E', '#000000', 0.2))
    expect(vars['--anju-on-primary']).toBe(WHITE)
  })

  it('falls back to the platform colour when an organization has none', () => {
    expect(brandPalette(undefined).primary).toBe('#1D4ED8')
    expect(brandPalette('not a colour').primary).toBe('#1D4ED8')
  })
})

describe('the status colours the portal sets for Element Plus', () => {
  it('reach 4.5:1 as text on white and carry white text; placeholders stay legible', () => {
    const theme = paletteCssVariables(brandPalette('#0F766E'))
    for (const name of ['danger', 'error', 'success', 'warning', 'info']) {
      expect(contrastRatio(theme[`--el-color-${name}`], WHITE), name).toBeGreaterThanOrEqual(AA_NORMAL)
    }
    expect(contrastRatio(theme['--el-text-color-secondary'], WHITE)).toBeGreaterThanOrEqual(AA_NORMAL)
    expect(contrastRatio(theme['--el-text-color-placeholder'], WHITE)).toBeGreaterThanOrEqual(3.5)
    // on an error alert's pale background too
    expect(contrastRatio(theme['--el-color-error'], '#FEF0F0')).toBeGreaterThanOrEqual(AA_NORMAL)
    expect(ACCESSIBLE_THEME['--el-color-danger']).toBe(theme['--el-color-danger'])
  })
})
