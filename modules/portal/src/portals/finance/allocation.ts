/**
 * What a payment did, for people: which bills it paid and how much of each (oldest first, as the server allocated),
 * and what was left over as credit; and the bills a resident picked to pay, with their total to the fen.
 */
import { i18n } from '@/app/i18n'
import { fromFen, toFen, yuan } from './money'
import { periodLabel } from './periods'
import { isPayable } from './labels'
import type { Bill, Payment } from './types'

export interface AllocationLine {
  billId: number
  /** `B202611-3 · 2026年11月` */
  label: string
  amount: string
}

/** One line per bill the payment paid, in the order the server allocated (oldest bill first). */
export function allocationLines(p: Pick<Payment, 'allocations' | 'credit'>): AllocationLine[] {
  return (p.allocations ?? []).map((a) => ({ billId: a.billId, label: `${a.billNumber} · ${periodLabel(a.period)}`, amount: yuan(a.amount) }))
}

/** `¥22.87 转为预存，抵扣以后的账单`, or '' when the payment left nothing over. */
export function creditText(p: Pick<Payment, 'credit'>): string {
  const fen = toFen(p.credit) ?? 0
  return fen > 0 ? i18n.global.t('finance.payment.creditLeft', { amount: yuan(p.credit) }) : ''
}

/** `冲抵 2 张账单 ¥277.13，余 ¥22.87 转预存` — the one-line summary of a list row. */
export function allocationSummary(p: Pick<Payment, 'allocations' | 'credit' | 'status'>): string {
  const { t } = i18n.global
  if (p.status !== 'PAID') return '—'
  const allocated = (p.allocations ?? []).reduce((s, a) => s + (toFen(a.amount) ?? 0), 0)
  const parts: string[] = []
  if (p.allocations?.length) parts.push(t('finance.payment.allocatedTo', { count: p.allocations.length, amount: yuan(fromFen(allocated)) }))
  const credit = toFen(p.credit) ?? 0
  if (credit > 0) parts.push(t('finance.payment.creditShort', { amount: yuan(p.credit) }))
  return parts.join(t('finance.payment.summarySeparator')) || '—'
}

/** The total of the chosen bills' outstanding amounts, in yuan to the fen. */
export function selectedTotal(bills: readonly Pick<Bill, 'id' | 'outstanding'>[], ids: readonly number[]): number {
  const chosen = new Set(ids)
  return fromFen(bills.filter((b) => chosen.has(b.id)).reduce((s, b) => s + (toFen(b.outstanding) ?? 0), 0))
}

/**
 * The bills a resident may pay together: payable ones of one lease (the server takes the bills of one lease per
 * order). By default the payable bills of the lease of the oldest payable bill, oldest period first.
 */
export function payableBills(bills: readonly Bill[]): Bill[] {
  return bills.filter(isPayable).sort((a, b) => a.period.localeCompare(b.period) || a.id - b.id)
}

export function defaultSelection(bills: readonly Bill[]): number[] {
  const payable = payableBills(bills)
  if (!payable.length) return []
  const lease = payable[0].leaseId
  return payable.filter((b) => b.leaseId === lease).map((b) => b.id)
}

/** Whether bill `id` may join the selection (same lease as the bills chosen already). */
export function canSelectWith(bills: readonly Bill[], selected: readonly number[], id: number): boolean {
  const bill = bills.find((b) => b.id === id)
  if (!bill || !isPayable(bill)) return false
  const first = bills.find((b) => selected.includes(b.id))
  return !first || first.leaseId === bill.leaseId
}

/** Seconds left to pay an order that expires at `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string | null | undefined, now: number = Date.now()): number {
  if (!expiresAt) return 0
  const t = new Date(expiresAt).getTime()
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((t - now) / 1000))
}

/** `29:05` */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** Orders open for 30 minutes after they are created (the server's checkout answers `expiresAt` the same way). */
export const ORDER_MINUTES = 30

export function expiresAtOf(p: Pick<Payment, 'createdAt'>): string {
  return new Date(new Date(p.createdAt).getTime() + ORDER_MINUTES * 60_000).toISOString()
}

export type ResultKind = 'success' | 'failed' | 'waiting'

/** What the result page says for an order: paid, not paid (failed or closed), or still waiting for the channel. */
export function resultKind(p: Pick<Payment, 'status'>): ResultKind {
  return p.status === 'PAID' ? 'success' : p.status === 'CREATED' ? 'waiting' : 'failed'
}
