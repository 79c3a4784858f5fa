/** The platform console's calls: organizations (operators and authorities) and their provisioning. */
import { api } from '@/app/api'
import type { OrganizationStatus, OrganizationView, Page } from '@/app/types'

export interface OrganizationFilter {
  q?: string
  kind?: 'OPERATOR' | 'AUTHORITY' | ''
  status?: OrganizationStatus | ''
}

export interface NewOrganization {
  code: string
  name: string
  kind: 'OPERATOR' | 'AUTHORITY'
  divisionCodes: string[]
  appointment?: { authorityCode?: string; authorityName?: string; date: string; documentNumber: string }
  admin: { username: string; password: string; displayName?: string }
  branding?: { displayName?: string; primaryColor?: string; logoUrl?: string; customDomain?: string }
  contactName?: string
  contactPhone?: string
}

export interface BrandingUpdate {
  displayName: string
  primaryColor?: string
  logoUrl?: string
  customDomain?: string
}

const base = '/platform/organizations'

export const platformApi = {
  list: (filter: OrganizationFilter, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<OrganizationView>>(base, { query: { ...filter, page, size }, signal }),
  get: (code: string) => api.get<OrganizationView>(`${base}/${encodeURIComponent(code)}`),
  create: (body: NewOrganization, idempotencyKey: string) =>
    api.post<OrganizationView>(base, body, { idempotencyKey }),
  suspend: (code: string, reason: string) =>
    api.post<OrganizationView>(`${base}/${encodeURIComponent(code)}/suspend`, { reason }),
  resume: (code: string) => api.post<OrganizationView>(`${base}/${encodeURIComponent(code)}/resume`),
  updateBranding: (code: string, body: BrandingUpdate) =>
    api.put<OrganizationView>(`${base}/${encodeURIComponent(code)}/branding`, body),
  migrate: (code: string) => api.post<OrganizationView>(`${base}/${encodeURIComponent(code)}/migrate`),
}

/** Drops empty strings so optional fields are absent rather than blank (the API validates what it gets). */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null) out[k] = typeof v === 'string' ? v.trim() : v
  }
  return out as Partial<T>
}
