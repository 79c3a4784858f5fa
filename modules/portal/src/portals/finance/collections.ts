/**
 * Pure helpers of the collection pages (R6.4b, R6.4d): the arrears report's aging buckets, the preview of a deposit
 * settlement (as the server computes it), the `lines[n]` errors of a refused bank result file, and the checks of the
 * mandate and channel forms (the same rules as the server's).
 */
import type { Problem } from '@/app/problem'
import { fromFen, toFen } from './money'
import type { AgingBucket, ArrearsReport, ArrearsRow, ChannelConfig, ConfigurableChannel, Money } from './types'

export const AGING_BUCKETS: readonly AgingBucket[] = ['D1_30', 'D31_90', 'D91_180', 'OVER_180']

/** The report's (and each row's) amount field of a bucket. */
export const BUCKET_FIELD: Readonly<Record<AgingBucket, 'd1To30' | 'd31To90' | 'd91To180' | 'over180'>> = {
  D1_30: 'd1To30',
  D31_90: 'd31To90',
  D91_180: 'd91To180',
  OVER_180: 'over180',
}

export function bucketAmount(source: Pick<ArrearsReport | ArrearsRow, 'd1To30' | 'd31To90' | 'd91To180' | 'over180'>, bucket: AgingBucket): Money {
  return source[BUCKET_FIELD[bucket]]
}

/** Older is more serious: info, warning, danger, danger. */
export function bucketTagType(bucket: AgingBucket | string): 'info' | 'warning' | 'danger' {
  return bucket === 'D1_30' ? 'info' : bucket === 'D31_90' ? 'warning' : 'danger'
}

/** Rows of one bucket (all when none is picked), the most overdue first. */
export function arrearsRowsOf(rows: readonly ArrearsRow[], bucket?: AgingBucket | '' | null): ArrearsRow[] {
  return rows.filter((r) => !bucket || r.bucket === bucket).sort((a, b) => b.daysOverdue - a.daysOverdue || a.leaseNumber.localeCompare(b.leaseNumber))
}

export interface SettlementPreview {
  deducted: number
  toArrears: number
  refund: number
  /** The deductions exceed the deposit: the server refuses them (400 `deductions`). */
  over: boolean
}

/**
 * What settling will do, computed like the server: the deductions, then (when asked) the rest against what the lease
 * owes, then the refund. Amounts in yuan; unreadable amounts count as 0.
 */
export function settlementPreview(held: Money | null | undefined, deductions: readonly { amount: Money | null | undefined }[], owed: Money | null | undefined, applyToArrears: boolean): SettlementPreview {
  const heldFen = toFen(held) ?? 0
  const deductedFen = deductions.reduce((s, d) => s + Math.max(toFen(d.amount) ?? 0, 0), 0)
  const over = deductedFen > heldFen
  const rest = Math.max(heldFen - deductedFen, 0)
  const owedFen = Math.max(toFen(owed) ?? 0, 0)
  const toArrearsFen = applyToArrears ? Math.min(rest, owedFen) : 0
  return { deducted: fromFen(deductedFen), toArrears: fromFen(toArrearsFen), refund: fromFen(rest - toArrearsFen), over }
}

/** The `lines[n]` errors of a refused result file, by line number; other errors are left to the alert. */
export function lineErrors(problem: Problem | null | undefined): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = []
  for (const e of problem?.errors ?? []) {
    const m = /^lines\[(\d+)\]/.exec(e.field)
    if (m) out.push({ line: Number(m[1]), message: e.message })
  }
  return out.sort((a, b) => a.line - b.line)
}

/** A bank account number: 12–30 digits, spaces allowed between groups. */
export function isAccountNo(value: string | null | undefined): boolean {
  const v = (value ?? '').trim()
  return /^[0-9 ]{12,30}$/.test(v) && /[0-9]/.test(v) && v.replace(/ /g, '').length >= 12
}

/** A public key in PEM (`-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----`). */
export function isPublicKeyPem(value: string | null | undefined): boolean {
  return /^\s*-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/.test(value ?? '')
}

/** WeChat Pay's APIv3 key: 32 characters. */
export function isApiV3Key(value: string | null | undefined): boolean {
  return /^[A-Za-z0-9]{32}$/.test(value ?? '')
}

export const CONFIGURABLE_CHANNELS: readonly ConfigurableChannel[] = ['WECHAT', 'ALIPAY', 'UNIONPAY']

/** The three channels in order, each with its settings or null when not set up. */
export function channelRows(configs: readonly ChannelConfig[]): { channel: ConfigurableChannel; config: ChannelConfig | null }[] {
  return CONFIGURABLE_CHANNELS.map((channel) => ({ channel, config: configs.find((c) => c.channel === channel) ?? null }))
}
