/**
 * 日对账 as finance officers read it: which day (yesterday in Beijing unless the URL says otherwise), whether the day
 * balances (平 / 不平) and why not, the ledger's roll-forward (opening balance + each kind's movements = closing
 * balance, checked to the fen), the payment callbacks, and the discrepancies in words. The server decides `balanced`
 * (every channel matched, nothing paid without its ledger entry or posted at another amount); pending orders and
 * refused callbacks are worth a look but do not unbalance the day.
 */
import { i18n } from '@/app/i18n'
import { todayInShanghai } from '@/shared/format'
import { financeLabel, LEDGER_KINDS, type TagType } from './labels'
import { fromFen, toFen, yuan } from './money'
import type { CallbackCounts, Discrepancy, DiscrepancyKind, ReconciliationReport } from './types'

export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = ['PAID_NOT_POSTED', 'POSTED_MISMATCH', 'ORDER_PENDING', 'CALLBACK_REFUSED', 'CALLBACK_REJECTED']
/** The discrepancies that make the day 不平 (the others are to look at). */
export const UNBALANCING: readonly string[] = ['PAID_NOT_POSTED', 'POSTED_MISMATCH']

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date as `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** `date` moved by whole days: shiftDate('2026-03-01', -1) = '2026-02-28'. */
export function shiftDate(date: string, days: number): string {
  const m = ISO_DATE.exec(date)
  if (!m) return date
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return d.toISOString().slice(0, 10)
}

/** Yesterday in Beijing, the server's default day. */
export function yesterdayInShanghai(now: Date = new Date()): string {
  return shiftDate(todayInShanghai(now), -1)
}

/** The day a URL asks for: a real date not after today (Beijing), else yesterday. */
export function reconciliationDate(value: unknown, now: Date = new Date()): string {
  return isIsoDate(value) && value <= todayInShanghai(now) ? value : yesterdayInShanghai(now)
}

/** A calendar day of the date picker (its local midnight) as `YYYY-MM-DD`, for comparing with Beijing's today. */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The verdict's fills: white text on them reaches WCAG 4.5:1 (Element Plus's own green and red do not). */
export const VERDICT_COLORS: Readonly<Record<'success' | 'danger', string>> = { success: '#166534', danger: '#B91C1C' }

export interface BalanceBadge {
  /** 平 / 不平 */
  label: string
  type: Extract<TagType, 'success' | 'danger'>
  /** Why: `渠道收款与台账入账一致` or the reasons it is not. */
  reasons: string[]
}

/** The day's verdict in words, and what makes it 不平. */
export function balanceBadge(report: Pick<ReconciliationReport, 'balanced' | 'channels' | 'discrepancies'>): BalanceBadge {
  const { t } = i18n.global
  if (report.balanced) return { label: t('finance.reconciliation.balanced'), type: 'success', reasons: [t('finance.reconciliation.balancedHint')] }
  const reasons: string[] = []
  const unmatched = report.channels.filter((c) => !c.matched)
  if (unmatched.length) {
    reasons.push(t('finance.reconciliation.unmatchedChannels', { channels: unmatched.map((c) => financeLabel('channel', c.channel)).join(t('finance.common.listSeparator')) }))
  }
  const unbalancing = report.discrepancies.filter((d) => UNBALANCING.includes(d.kind)).length
  if (unbalancing) reasons.push(t('finance.reconciliation.unbalancingItems', { count: unbalancing }))
  if (!reasons.length) reasons.push(t('finance.reconciliation.checkItems'))
  return { label: t('finance.reconciliation.unbalanced'), type: 'danger', reasons }
}

export interface RollForwardRow {
  key: string
  label: string
  /** Entries of a movement; null for the balances. */
  entries: number | null
  /** In yuan; movements are signed (+ owed more, − owed less). */
  amount: number
  kind: 'opening' | 'movement' | 'closing'
}

export interface RollForward {
  rows: RollForwardRow[]
  /** opening + Σ movements, to the fen */
  computedClosing: number
  /** Whether the report's closing balance is that sum. */
  consistent: boolean
}

/** Opening balance, each movement (in the ledger's kind order, unknown kinds last), closing balance — and the check. */
export function rollForward(report: Pick<ReconciliationReport, 'openingBalance' | 'movements' | 'closingBalance'>): RollForward {
  const { t } = i18n.global
  const order = (k: string) => {
    const i = (LEDGER_KINDS as readonly string[]).indexOf(k)
    return i < 0 ? LEDGER_KINDS.length : i
  }
  const movements = [...report.movements].sort((a, b) => order(a.kind) - order(b.kind))
  const opening = toFen(report.openingBalance) ?? 0
  const closing = toFen(report.closingBalance) ?? 0
  let sum = opening
  const rows: RollForwardRow[] = [{ key: 'opening', label: t('finance.reconciliation.opening'), entries: null, amount: fromFen(opening), kind: 'opening' }]
  for (const m of movements) {
    const fen = toFen(m.amount) ?? 0
    sum += fen
    rows.push({ key: m.kind, label: financeLabel('ledgerKind', m.kind), entries: m.entries, amount: fromFen(fen), kind: 'movement' })
  }
  rows.push({ key: 'closing', label: t('finance.reconciliation.closing'), entries: null, amount: fromFen(closing), kind: 'closing' })
  return { rows, computedClosing: fromFen(sum), consistent: sum === closing }
}

export interface CallbackRow {
  key: keyof CallbackCounts
  label: string
  value: number
  /** Refused callbacks deserve a look. */
  warn: boolean
}

const CALLBACK_KEYS: readonly (keyof CallbackCounts)[] = ['received', 'verified', 'posted', 'duplicates', 'refused']

export function callbackRows(callbacks: CallbackCounts | null | undefined): CallbackRow[] {
  const { t } = i18n.global
  return CALLBACK_KEYS.map((key) => {
    const value = Number(callbacks?.[key] ?? 0)
    return { key, label: t(`finance.reconciliation.callback.${key}`), value, warn: key === 'refused' && value > 0 }
  })
}

/** `已支付未入账`…; an unknown kind as it is (a newer server). */
export function discrepancyLabel(kind: string): string {
  const { t, te } = i18n.global
  const key = `finance.reconciliation.kind.${kind}`
  return te(key) ? t(key) : kind
}

/** Red for what unbalances the day, amber for what is only to look at. */
export function discrepancyTagType(kind: string): Extract<TagType, 'danger' | 'warning'> {
  return UNBALANCING.includes(kind) ? 'danger' : 'warning'
}

/** The detail column: a mismatch's posted amount in words, a refused callback's reason as the server gives it. */
export function discrepancyDetail(d: Pick<Discrepancy, 'kind' | 'amount' | 'detail'>): string {
  const { t } = i18n.global
  if (d.kind === 'POSTED_MISMATCH' && toFen(d.detail) !== null) {
    return t('finance.reconciliation.postedAs', { posted: yuan(d.detail), paid: yuan(d.amount) })
  }
  return d.detail?.trim() || ''
}
