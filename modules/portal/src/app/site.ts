/**
 * Which organization the portal is for, decided once at start-up from the browser's location:
 * - `/o/<code>/…` (any host; how it works on localhost): that organization, router base `/o/<code>/`;
 * - `/platform/…`: the platform console, router base `/platform/`;
 * - anything else: the host name decides (`<code>.<base domain>` or a custom domain), through the branding API
 *   without a parameter; when the host is the platform's own (plain localhost, the base domain), `/` shows a chooser.
 */

export type OrganizationKind = 'PLATFORM' | 'OPERATOR' | 'AUTHORITY'

export interface Branding {
  code: string
  kind: OrganizationKind
  displayName: string
  primaryColor?: string | null
  logoUrl?: string | null
  status?: 'PROVISIONING' | 'ACTIVE' | 'SUSPENDED'
}

/** What to ask the branding API: an organization code, or null to let the server decide by Host. */
export interface SiteRequest {
  brandingCode: string | null
  base: string
}

export type SiteMode = 'path' | 'host' | 'platform' | 'chooser'

export interface Site {
  mode: SiteMode
  /** The organization code sent as X-Anju-Organization and used at login; `platform` for the platform console. */
  code: string
  kind: OrganizationKind
  /** The router's base: `/o/acme/`, `/platform/` or `/`. */
  base: string
}

export const PLATFORM_CODE = 'platform'
const ORG_PATH = /^\/o\/([a-z][a-z0-9_]{1,30})(?:\/|$)/
const PLATFORM_PATH = /^\/platform(?:\/|$)/

export function resolveSiteRequest(location: { pathname: string }): SiteRequest {
  const org = ORG_PATH.exec(location.pathname)
  if (org) return { brandingCode: org[1], base: `/o/${org[1]}/` }
  if (PLATFORM_PATH.test(location.pathname)) return { brandingCode: PLATFORM_CODE, base: '/platform/' }
  return { brandingCode: null, base: '/' }
}

/** Completes the request with the branding the server answered. */
export function resolveSite(request: SiteRequest, branding: Branding): Site {
  if (request.brandingCode === PLATFORM_CODE) {
    return { mode: 'platform', code: PLATFORM_CODE, kind: 'PLATFORM', base: request.base }
  }
  if (request.brandingCode !== null) {
    return { mode: 'path', code: branding.code, kind: branding.kind, base: request.base }
  }
  if (branding.kind === 'PLATFORM') {
    return { mode: 'chooser', code: PLATFORM_CODE, kind: 'PLATFORM', base: '/' }
  }
  return { mode: 'host', code: branding.code, kind: branding.kind, base: '/' }
}

/** The first label of a `<code>.localhost` host name, a hint only (custom domains need the server). */
export function hostCodeHint(hostname: string): string | null {
  const m = /^([a-z][a-z0-9_]{1,30})\.localhost$/i.exec(hostname)
  return m ? m[1].toLowerCase() : null
}

/** Where an organization's portal starts, as seen from the chooser or the platform console. */
export function organizationHref(code: string, path = ''): string {
  return `/o/${code}/${path.replace(/^\//, '')}`
}

/** A redirect target is only followed when it stays inside this portal (no scheme, no `//host`). */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null
  }
  if (value === '/login' || value.startsWith('/login?')) return null
  return value
}
