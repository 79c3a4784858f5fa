/**
 * White-labelling: the organization's display name, logo and colour, from GET /public/branding, applied to the
 * whole document: Element Plus' CSS variables, a readable text colour on the brand colour, the tab title and icon.
 */
import { reactive } from 'vue'
import { api } from './api'
import { brandPalette, paletteCssVariables, type BrandPalette } from './color'
import type { Branding } from './site'

export interface BrandingState {
  branding: Branding
  palette: BrandPalette
}

export const brand = reactive<BrandingState>({
  branding: { code: 'platform', kind: 'PLATFORM', displayName: '安居', primaryColor: null },
  palette: brandPalette(null),
})

export async function fetchBranding(code: string | null): Promise<Branding> {
  return api.get<Branding>('/public/branding', {
    query: code ? { organization: code } : undefined,
    organization: code ?? 'platform',
  })
}

/** The first character of a name, for logo placeholders and the generated favicon. */
export function initialOf(name: string): string {
  const trimmed = name.trim()
  return trimmed ? Array.from(trimmed)[0].toUpperCase() : 'A'
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

/** A square icon with the name's first character in the brand colour, as an SVG data URI. */
export function initialIconDataUri(name: string, palette: BrandPalette): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${palette.primary}"/>` +
    `<text x="32" y="44" font-size="36" text-anchor="middle" fill="${palette.onPrimary}" ` +
    `font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-weight="700">` +
    `${escapeXml(initialOf(name))}</text></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}

/** Applies a branding to the document: theme variables, favicon, and the state the shell renders from. */
export function applyBranding(branding: Branding, doc: Document = document): void {
  const palette = brandPalette(branding.primaryColor)
  brand.branding = branding
  brand.palette = palette
  const root = doc.documentElement
  for (const [name, value] of Object.entries(paletteCssVariables(palette))) root.style.setProperty(name, value)
  root.dataset.organization = branding.code
  let link = doc.querySelector<HTMLLinkElement>('link#anju-favicon')
  if (!link) {
    link = doc.createElement('link')
    link.id = 'anju-favicon'
    link.rel = 'icon'
    doc.head.appendChild(link)
  }
  link.href = branding.logoUrl || initialIconDataUri(branding.displayName, palette)
  let theme = doc.querySelector<HTMLMetaElement>('meta[name="theme-color"]')
  if (!theme) {
    theme = doc.createElement('meta')
    theme.name = 'theme-color'
    doc.head.appendChild(theme)
  }
  theme.content = palette.primary
}

/** `页面 · 显示名称` */
export function documentTitle(page: string | null | undefined, displayName: string): string {
  return page ? `${page} · ${displayName}` : displayName
}
