/**
 * List filters as the URL keeps them (strings) turned into API query parameters: enums only when known, ids only
 * when whole positive numbers, periods only when `YYYY-MM`, "overdue" only when ticked, blanks left out.
 */
import type { Query } from '@/app/api'
import { ADJUSTMENT_STATUSES, BILL_FILTER_STATUSES, PAYMENT_CHANNELS, PAYMENT_FILTER_STATUSES } from './labels'
import { isPeriod } from './periods'

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined
}

export function positiveId(value: string | null | undefined): number | undefined {
  const s = (value ?? '').trim()
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 && Number.isSafeInteger(n) ? n : undefined
}

function period(value: string | null | undefined): string | undefined {
  const s = (value ?? '').trim()
  return isPeriod(s) ? s : undefined
}

export interface BillFilter {
  [key: string]: string
  leaseId: string
  projectId: string
  period: string
  status: string
  overdue: string
}

export const EMPTY_BILL_FILTER: BillFilter = { leaseId: '', projectId: '', period: '', status: '', overdue: '' }

export function billQuery(f: Partial<BillFilter>, page?: number, size?: number): Query {
  return {
    leaseId: positiveId(f.leaseId),
    projectId: positiveId(f.projectId),
    period: period(f.period),
    status: oneOf(BILL_FILTER_STATUSES, f.status),
    overdue: f.overdue === 'true' ? true : undefined,
    page,
    size,
  }
}

export interface PaymentFilter {
  [key: string]: string
  leaseId: string
  channel: string
  status: string
}

export const EMPTY_PAYMENT_FILTER: PaymentFilter = { leaseId: '', channel: '', status: '' }

export function paymentQuery(f: Partial<PaymentFilter>, page?: number, size?: number): Query {
  return { leaseId: positiveId(f.leaseId), channel: oneOf(PAYMENT_CHANNELS, f.channel), status: oneOf(PAYMENT_FILTER_STATUSES, f.status), page, size }
}

export function adjustmentQuery(f: { leaseId?: string; status?: string }): Query {
  return { leaseId: positiveId(f.leaseId), status: oneOf(ADJUSTMENT_STATUSES, f.status) }
}

export interface LedgerFilter {
  leaseId?: number
  householdId?: number
  month?: string
}

/** The ledger asks for a lease or a household (never the whole operator's ledger at once). */
export function ledgerQuery(f: { leaseId?: string; householdId?: string; month?: string }): LedgerFilter | null {
  const leaseId = positiveId(f.leaseId)
  const householdId = positiveId(f.householdId)
  if (!leaseId && !householdId) return null
  return { leaseId, householdId: leaseId ? undefined : householdId, month: period(f.month) }
}
