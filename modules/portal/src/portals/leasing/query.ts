/**
 * List filters as the URL keeps them (strings) turned into API query parameters: enums only when known, the exact
 * ID-number search normalized, "expiring within" as whole days, blanks left out.
 */
import type { Query } from '@/app/api'
import { normalizeIdNumber } from './idNumber'
import { APPLICATION_STATUSES, APPLICATION_TYPES, ELIGIBILITY_CATEGORIES, HOUSEHOLD_STATUSES, LEASE_KINDS, LEASE_STATUSES, REVIEW_STATUSES } from './labels'

function text(value: string | null | undefined): string | undefined {
  const s = (value ?? '').trim()
  return s === '' ? undefined : s
}

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined
}

function positiveInt(value: string | null | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const s = (value ?? '').trim()
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 && n <= max ? n : undefined
}

export interface HouseholdFilter {
  [key: string]: string
  q: string
  category: string
  status: string
  idNumber: string
}

export const EMPTY_HOUSEHOLD_FILTER: HouseholdFilter = { q: '', category: '', status: '', idNumber: '' }

export function householdQuery(f: Partial<HouseholdFilter>, page?: number, size?: number): Query {
  const id = normalizeIdNumber(f.idNumber)
  return {
    q: text(f.q),
    category: oneOf(ELIGIBILITY_CATEGORIES, f.category),
    status: oneOf(HOUSEHOLD_STATUSES, f.status),
    idNumber: id === '' ? undefined : id,
    page,
    size,
  }
}

export interface LeaseFilter {
  [key: string]: string
  q: string
  status: string
  kind: string
  expiringWithinDays: string
  projectId: string
  householdId: string
  unitId: string
}

export const EMPTY_LEASE_FILTER: LeaseFilter = { q: '', status: '', kind: '', expiringWithinDays: '', projectId: '', householdId: '', unitId: '' }

export function leaseQuery(f: Partial<LeaseFilter>, page?: number, size?: number): Query {
  return {
    q: text(f.q),
    status: oneOf(LEASE_STATUSES, f.status),
    kind: oneOf(LEASE_KINDS, f.kind),
    expiringWithinDays: positiveInt(f.expiringWithinDays, 3650),
    projectId: positiveInt(f.projectId),
    householdId: positiveInt(f.householdId),
    unitId: positiveInt(f.unitId),
    page,
    size,
  }
}

export interface ApplicationFilter {
  [key: string]: string
  status: string
  type: string
}

export const EMPTY_APPLICATION_FILTER: ApplicationFilter = { status: '', type: '' }

export function applicationQuery(f: Partial<ApplicationFilter>, page?: number, size?: number): Query {
  return { status: oneOf(APPLICATION_STATUSES, f.status), type: oneOf(APPLICATION_TYPES, f.type), page, size }
}

export interface ReviewFilter {
  [key: string]: string
  status: string
}

export function reviewQuery(f: Partial<ReviewFilter>, page?: number, size?: number): Query {
  return { status: oneOf(REVIEW_STATUSES, f.status), page, size }
}
