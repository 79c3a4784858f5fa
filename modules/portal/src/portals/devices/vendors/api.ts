/** Vendor accounts and keys (platform console) and the operator's vendor catalogue (docs/api/vendor-api.md 1–2). */
import { api, type Query } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type { Authorisation, AuthorisationLogEntry, CatalogueEntry, IssuedKey, Vendor, VendorInput, VendorKey } from './types'

const c = (code: string) => encodeURIComponent(code)

export const platformVendorsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Vendor>>('/platform/vendors', { query, signal }),
  get: (code: string) => api.get<Vendor>(`/platform/vendors/${c(code)}`),
  create: (body: VendorInput) => api.post<Vendor>('/platform/vendors', body),
  update: (code: string, body: VendorInput) => api.put<Vendor>(`/platform/vendors/${c(code)}`, body),
  suspend: (code: string, reason: string) => api.post<Vendor>(`/platform/vendors/${c(code)}/suspension`, { reason }),
  resume: (code: string) => api.post<Vendor>(`/platform/vendors/${c(code)}/resumption`),
  keys: (code: string) => api.get<VendorKey[]>(`/platform/vendors/${c(code)}/keys`),
  /** Issue or rotate: the other open keys expire after `graceDays`; the secret is answered once. */
  issueKey: (code: string, graceDays?: number) => api.post<IssuedKey>(`/platform/vendors/${c(code)}/keys`, graceDays === undefined ? {} : { graceDays }),
  revokeKey: (code: string, keyId: string, reason: string) => api.post<VendorKey>(`/platform/vendors/${c(code)}/keys/${c(keyId)}/revocation`, { reason }),
  organizations: (code: string) => api.get<Authorisation[]>(`/platform/vendors/${c(code)}/organizations`),
  history: (code: string) => api.get<AuditEntry[]>(`/platform/vendors/${c(code)}/history`),
}

export const vendorCatalogueApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<CatalogueEntry>>('/vendors', { query, signal }),
  authorize: (code: string, note?: string) => api.put<CatalogueEntry>(`/vendors/${c(code)}/authorization`, note ? { note } : {}),
  withdraw: (code: string) => api.delete<CatalogueEntry>(`/vendors/${c(code)}/authorization`),
  log: (query: Query, signal?: AbortSignal) => api.get<Page<AuthorisationLogEntry>>('/vendors/authorization-log', { query, signal }),
}
