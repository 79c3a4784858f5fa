/**
 * The finance enums in display order, their labels (i18n keys under `finance.enum.*`), the tag colour of each
 * status, what a bill looks like to people (待缴 / 已逾期 N 天 / 已缴清), how a category's rent rule reads, and the
 * field names and values of a lease account's revision history.
 */
import { i18n } from '@/app/i18n'
import { enumLabel as leasingEnumLabel } from '@/portals/leasing/labels'
import { formatDate } from '@/shared/format'
import { toFen, yuan } from './money'
import { periodLabel } from './periods'
import type {
  AdjustmentStatus,
  Bill,
  BillStatus,
  CounterMethod,
  LedgerKind,
  PaymentChannel,
  PaymentStatus,
  RentRuleMode,
  RunStatus,
} from './types'

export const BILL_STATUSES: readonly BillStatus[] = ['OPEN', 'PARTIAL', 'PAID', 'WRITTEN_OFF', 'CANCELLED']
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['CREATED', 'PAID', 'FAILED', 'CLOSED', 'REVERSED']
/**
 * The statuses the list endpoints filter by (`GET /bills?status=`, `GET /payments?status=`): the server's patterns do
 * not take CANCELLED and REVERSED (yet), and a status they refuse would answer 400, so the filters leave them out.
 */
export const BILL_FILTER_STATUSES: readonly BillStatus[] = ['OPEN', 'PARTIAL', 'PAID', 'WRITTEN_OFF', 'CANCELLED']
export const PAYMENT_FILTER_STATUSES: readonly PaymentStatus[] = ['CREATED', 'PAID', 'FAILED', 'CLOSED', 'REVERSED']
export const PAYMENT_CHANNELS: readonly PaymentChannel[] = ['COUNTER', 'SANDBOX', 'WECHAT', 'ALIPAY', 'UNIONPAY', 'DIRECT_DEBIT']
export const COUNTER_METHODS: readonly CounterMethod[] = ['CASH', 'POS', 'TRANSFER', 'CHEQUE']
export const ADJUSTMENT_STATUSES: readonly AdjustmentStatus[] = ['PENDING', 'APPROVED', 'REJECTED']
export const RUN_STATUSES: readonly RunStatus[] = ['RUNNING', 'DONE', 'FAILED']
export const LEDGER_KINDS: readonly LedgerKind[] = ['CHARGE', 'PAYMENT', 'ADJUSTMENT', 'WRITE_OFF', 'REFUND', 'REVERSAL']
export const RULE_MODES: readonly RentRuleMode[] = ['STANDARD', 'DISCOUNT', 'FIXED_RATE', 'FIXED_AMOUNT']

export type FinanceEnum = 'billStatus' | 'paymentStatus' | 'channel' | 'method' | 'adjustmentStatus' | 'runStatus' | 'ledgerKind' | 'ruleMode'

/** `finance.enum.billStatus.OPEN` */
export function financeEnumKey(name: FinanceEnum, value: string): string {
  return `finance.enum.${name}.${value}`
}

/** The label of an enum value in the UI language; an unknown value as it is (a newer server). */
export function financeLabel(name: FinanceEnum, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = financeEnumKey(name, value)
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

/** A bill line's category (租金, 物业服务费…) in words: the leasing fee categories. */
export function lineCategoryLabel(category: string): string {
  return leasingEnumLabel('feeCategory', category)
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** 待缴 blue, 部分缴纳 amber, 已缴清 green; 已核销 and 已撤销 grey (nothing more to collect). */
export function billStatusTagType(status: BillStatus): TagType {
  return status === 'PAID' ? 'success' : status === 'PARTIAL' ? 'warning' : status === 'OPEN' ? 'primary' : 'info'
}

/** 支付成功 green, 支付失败 red, 待支付 amber, 已关闭 grey, 已冲正 red (money taken back). */
export function paymentStatusTagType(status: PaymentStatus): TagType {
  return status === 'PAID' ? 'success' : status === 'FAILED' || status === 'REVERSED' ? 'danger' : status === 'CREATED' ? 'warning' : 'info'
}

export function adjustmentStatusTagType(status: AdjustmentStatus): TagType {
  return status === 'PENDING' ? 'warning' : status === 'APPROVED' ? 'success' : 'danger'
}

export function runStatusTagType(status: RunStatus): TagType {
  return status === 'DONE' ? 'success' : status === 'FAILED' ? 'danger' : 'primary'
}

export function ledgerKindTagType(kind: LedgerKind): TagType {
  switch (kind) {
    case 'CHARGE':
      return 'warning'
    case 'PAYMENT':
      return 'success'
    case 'REFUND':
    case 'REVERSAL':
      return 'danger'
    default:
      return 'info'
  }
}

/** Bills still to be paid. */
export function isPayable(bill: Pick<Bill, 'status' | 'outstanding'>): boolean {
  return (bill.status === 'OPEN' || bill.status === 'PARTIAL') && (toFen(bill.outstanding) ?? 0) > 0
}

/**
 * What a bill's tag says: overdue open bills `已逾期 12 天` (red), else the status (`待缴`, `部分缴纳`, `已缴清`).
 * Colour never carries the meaning alone: the words do.
 */
export function billBadge(bill: Pick<Bill, 'status' | 'daysOverdue' | 'outstanding'>): { label: string; type: TagType; overdue: boolean } {
  if (isPayable(bill) && bill.daysOverdue > 0) {
    return { label: i18n.global.t('finance.bill.overdueDays', { days: bill.daysOverdue }), type: 'danger', overdue: true }
  }
  return { label: financeLabel('billStatus', bill.status), type: billStatusTagType(bill.status), overdue: false }
}

/** `2026年11月 · 租金账单` style headline of a bill: its period in words. */
export function billTitle(bill: Pick<Bill, 'period'>): string {
  return i18n.global.t('finance.bill.titleOf', { period: periodLabel(bill.period) })
}

/** `应于 2026-11-15 前缴纳` for payable bills, `已缴清` otherwise. */
export function dueText(bill: Pick<Bill, 'status' | 'dueDate' | 'outstanding' | 'daysOverdue'>): string {
  const { t } = i18n.global
  if (!isPayable(bill)) return financeLabel('billStatus', bill.status)
  return t('finance.bill.dueBy', { date: formatDate(bill.dueDate) })
}

/**
 * A category's rule in words: 按标准（100%）, 标准的 60%, 固定单价 ¥12.00/㎡·月, 固定月租 ¥500.00.
 * A category without a rule follows the standard.
 */
export function ruleText(rule: { mode: RentRuleMode; value?: string | number | null } | null | undefined): string {
  const { t } = i18n.global
  if (!rule || rule.mode === 'STANDARD') return t('finance.rule.text.STANDARD')
  const value = rule.value ?? ''
  switch (rule.mode) {
    case 'DISCOUNT':
      return t('finance.rule.text.DISCOUNT', { percent: Number(value).toString() })
    case 'FIXED_RATE':
      return t('finance.rule.text.FIXED_RATE', { price: yuan(value) })
    case 'FIXED_AMOUNT':
      return t('finance.rule.text.FIXED_AMOUNT', { amount: yuan(value) })
  }
}

/** A channel with the counter method where there is one: `柜台 · 现金`. */
export function channelText(p: { channel: PaymentChannel; method?: CounterMethod | null }): string {
  const channel = financeLabel('channel', p.channel)
  return p.method ? `${channel} · ${financeLabel('method', p.method)}` : channel
}

/** Dunning channels as sent (`APP,SMS,STAFF`) in words: `站内通知、短信`; unknown ones as they are. */
export function dunningChannelsText(channels: string | null | undefined): string {
  const { t, te } = i18n.global
  return (channels ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => (te(`finance.dunning.channel.${c}`) ? t(`finance.dunning.channel.${c}`) : c))
    .join(t('finance.common.listSeparator'))
}

const ACCOUNT_FIELDS = new Set(['monthlyRent', 'eligibilityCategory', 'endDate', 'billingUntil', 'active', 'deposit', 'area'])

/** A lease account's audited field in words (租金, 保障类别, 终止日期…). */
export function accountFieldLabel(field: string): string {
  const key = `finance.account.fields.${field}`
  return ACCOUNT_FIELDS.has(field) && i18n.global.te(key) ? i18n.global.t(key) : field
}

/** Its value: money with ¥, categories in words, yes/no, blanks as a dash. */
export function accountFieldValue(field: string, value: string | null | undefined): string {
  const { t } = i18n.global
  if (value === null || value === undefined || value === '') return '—'
  if (field === 'monthlyRent' || field === 'deposit') return yuan(value)
  if (field === 'eligibilityCategory') return leasingEnumLabel('category', value)
  if (field === 'active') return value === 'true' ? t('finance.account.activeYes') : t('finance.account.activeNo')
  return value
}
