/**
 * Vendors in words: account and key statuses as tags, the form's rules (code `[a-z][a-z0-9_-]{1,31}`, e-mail), the
 * grace period of a rotation, and the list filters as query parameters.
 */
import { i18n } from '@/app/i18n'
import type { Query } from '@/app/api'
import type { TagType } from '../labels'
import type { KeyStatus, VendorInput, VendorKey, VendorStatus } from './types'

export const VENDOR_STATUSES: readonly VendorStatus[] = ['ACTIVE', 'SUSPENDED']
export const KEY_STATUSES: readonly KeyStatus[] = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED']
export const VENDOR_CODE = /^[a-z][a-z0-9_-]{1,31}$/
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const DEFAULT_GRACE_DAYS = 7
export const MAX_GRACE_DAYS = 30

export type VendorEnum = 'vendorStatus' | 'keyStatus' | 'logAction'

export function vendorLabel(name: VendorEnum, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = `devices.vendor.enum.${name}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

export function vendorStatusTagType(s: VendorStatus | string): TagType {
  return s === 'ACTIVE' ? 'success' : 'danger'
}

/** 有效 green, 即将过期 amber (a rotation's grace period), 已过期 grey, 已吊销 red. */
export function keyStatusTagType(s: KeyStatus | string): TagType {
  switch (s) {
    case 'ACTIVE':
      return 'success'
    case 'EXPIRING':
      return 'warning'
    case 'REVOKED':
      return 'danger'
    default:
      return 'info'
  }
}

/** A key still opens the API (active, or expiring in its grace period): it can be revoked. */
export function isKeyUsable(k: Pick<VendorKey, 'status'>): boolean {
  return k.status === 'ACTIVE' || k.status === 'EXPIRING'
}

/** A grace period the API takes: a whole number of days 0..30, else the default 7. */
export function graceDays(value: number | null | undefined): number {
  return Number.isInteger(value) && value! >= 0 && value! <= MAX_GRACE_DAYS ? value! : DEFAULT_GRACE_DAYS
}

export interface VendorForm {
  code: string
  name: string
  contactName: string
  contactPhone: string
  contactEmail: string
}

export function toVendorInput(f: VendorForm): VendorInput {
  const opt = (s: string) => (s.trim() === '' ? undefined : s.trim())
  return { code: f.code.trim(), name: f.name.trim(), contactName: opt(f.contactName), contactPhone: opt(f.contactPhone), contactEmail: opt(f.contactEmail) }
}

export function vendorQuery(f: { q?: string; status?: string }, page?: number, size?: number): Query {
  const q = (f.q ?? '').trim()
  return { q: q || undefined, status: f.status && (VENDOR_STATUSES as readonly string[]).includes(f.status) ? f.status : undefined, page, size }
}

export function catalogueQuery(f: { q?: string; authorized?: string }, page?: number, size?: number): Query {
  const q = (f.q ?? '').trim()
  return { q: q || undefined, authorized: f.authorized === 'true' ? true : f.authorized === 'false' ? false : undefined, page, size }
}
