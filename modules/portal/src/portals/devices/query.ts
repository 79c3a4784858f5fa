/**
 * List filters as the URL keeps them (strings) turned into API query parameters: enums only when known, ids only
 * when whole positive numbers, dates only when `YYYY-MM-DD` (a range given the wrong way round put right), online
 * only as `true`/`false`, blanks left out. Pages count from 1 (the API's PageRequest).
 */
import type { Query } from '@/app/api'
import { ACCESS_KINDS, ACCESS_METHODS, CREDENTIAL_STATUSES, DEVICE_KINDS, REGISTRATIONS } from './labels'

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined
}

/** A positive whole number (an id), else undefined. */
export function positiveId(value: string | number | null | undefined): number | undefined {
  const s = String(value ?? '').trim()
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 && Number.isSafeInteger(n) ? n : undefined
}

function text(value: string | null | undefined, max = 100): string | undefined {
  const s = (value ?? '').trim()
  return s === '' ? undefined : s.slice(0, max)
}

/** A real calendar date `YYYY-MM-DD`, else undefined. */
export function dateParam(value: string | null | undefined): string | undefined {
  const s = (value ?? '').trim()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined
}

/** from and to (inclusive); when both are given and from > to they are swapped (what the user meant). */
export function dateRange(from: string | null | undefined, to: string | null | undefined): { from?: string; to?: string } {
  let lo = dateParam(from)
  let hi = dateParam(to)
  if (lo && hi && lo > hi) [lo, hi] = [hi, lo]
  return { from: lo, to: hi }
}

function bool(value: string | null | undefined): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined
}

/** The registry's filter as it lives in the URL. */
export interface DeviceFilter {
  [key: string]: string
  kind: string
  registration: string
  projectId: string
  unitId: string
  online: string
  q: string
}

export const EMPTY_DEVICE_FILTER: DeviceFilter = { kind: '', registration: '', projectId: '', unitId: '', online: '', q: '' }

/** GET /devices query. */
export function deviceQuery(f: Partial<DeviceFilter>, page?: number, size?: number): Query {
  return {
    kind: oneOf(DEVICE_KINDS, f.kind),
    registration: oneOf(REGISTRATIONS, f.registration),
    projectId: positiveId(f.projectId),
    unitId: positiveId(f.unitId),
    online: bool(f.online),
    q: text(f.q),
    page,
    size,
  }
}

/** 出入记录's filter as it lives in the URL. */
export interface AccessFilter {
  [key: string]: string
  projectId: string
  unitId: string
  householdId: string
  from: string
  to: string
  method: string
  credentialKind: string
}

export const EMPTY_ACCESS_FILTER: AccessFilter = { projectId: '', unitId: '', householdId: '', from: '', to: '', method: '', credentialKind: '' }

/** GET /access-records (and .xlsx) query. */
export function accessQuery(f: Partial<AccessFilter>, page?: number, size?: number): Query {
  return {
    projectId: positiveId(f.projectId),
    unitId: positiveId(f.unitId),
    householdId: positiveId(f.householdId),
    ...dateRange(f.from, f.to),
    method: oneOf(ACCESS_METHODS, f.method),
    credentialKind: oneOf(ACCESS_KINDS, f.credentialKind),
    page,
    size,
  }
}

/** The key log's filter (授权记录) as it lives in the URL. */
export interface KeyLogFilter {
  [key: string]: string
  unitId: string
  householdId: string
}

export const EMPTY_KEY_LOG_FILTER: KeyLogFilter = { unitId: '', householdId: '' }

export function keyLogQuery(f: Partial<KeyLogFilter>, page?: number, size?: number): Query {
  return { unitId: positiveId(f.unitId), householdId: positiveId(f.householdId), page, size }
}

/** GET /units/{id}/lock-credentials?status= */
export function credentialQuery(status: string | null | undefined): Query {
  return { status: oneOf(CREDENTIAL_STATUSES, status) }
}
