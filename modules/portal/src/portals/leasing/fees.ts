/**
 * Money and fee items for people: ¥ with 2 decimals everywhere, a fee item's amount with its rule and cycle
 * (`¥2.50 / ㎡ / 月`, `¥0.60 / 度`), and amounts typed into forms checked and turned into numbers.
 */
import { i18n } from '@/app/i18n'
import { formatMoney } from '@/shared/format'
import type { AmountRule, FeeCycle, Money } from './types'

/** A money amount as typed: up to 10 integer digits and at most 2 decimals, not negative. */
export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/

export function isMoneyText(value: string | number | null | undefined): boolean {
  return value !== null && value !== undefined && MONEY_PATTERN.test(String(value).trim())
}

/** A typed amount as a number rounded to the fen, or undefined when blank or not money. */
export function moneyValue(value: string | number | null | undefined): number | undefined {
  if (!isMoneyText(value)) return undefined
  return Math.round(Number(String(value).trim()) * 100) / 100
}

/** An API amount shown in a text field: `1200` → `1200.00`; blank stays blank. */
export function moneyText(value: Money | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const n = Number(value)
  return Number.isFinite(n) ? n.toFixed(2) : ''
}

/** `¥1,200.00`, or a dash when there is none. */
export function money(value: Money | null | undefined): string {
  return formatMoney(value) || '—'
}

/**
 * A fee item's amount with what it is charged per: FIXED `¥120.00 / 月`, PER_AREA `¥2.50 / ㎡ / 月`,
 * METERED `¥0.60 / 度` (the item's unit; the cycle says when it is billed). One-off and metered cycles add no period.
 * A unit written as a price (`元/kWh`, `元/㎡·月`, `元`) already says what the amount is per, and is used as it is.
 */
export function formatFeeAmount(fee: { rule: AmountRule; amount: Money; cycle: FeeCycle; unit?: string | null }): string {
  const { t, te } = i18n.global
  const parts = [formatMoney(fee.amount)]
  const unit = fee.unit?.trim() ?? ''
  const price = /^元\s*(?:\/\s*(.*))?$/.exec(unit)
  if (price) {
    const per = price[1]?.trim()
    if (per) return [...parts, per].join(' / ')
  }
  const perUnit = price ? '' : unit
  if (fee.rule === 'PER_AREA') parts.push(t('leasing.fee.perSquareMetre'))
  if (fee.rule === 'METERED') parts.push(perUnit || t('leasing.fee.perReading'))
  const period = `leasing.fee.per.${fee.cycle}`
  if (fee.rule !== 'METERED' && fee.cycle !== 'ONCE' && fee.cycle !== 'METERED' && te(period)) parts.push(t(period))
  if (fee.rule === 'FIXED' && perUnit) parts.push(perUnit)
  return parts.join(' / ')
}

/**
 * The amount one fee comes to per cycle for a unit of `area` ㎡ (PER_AREA), to the fen (HALF_UP); metered
 * items are billed on readings and have no estimate (null).
 */
export function estimatedFee(fee: { rule: AmountRule; amount: Money }, area: Money | null | undefined): number | null {
  const amount = Number(fee.amount)
  if (!Number.isFinite(amount)) return null
  if (fee.rule === 'FIXED') return Math.round(amount * 100) / 100
  if (fee.rule === 'PER_AREA') {
    const a = Number(area)
    if (area === null || area === undefined || !Number.isFinite(a)) return null
    return Math.round(amount * a * 100 + Number.EPSILON) / 100
  }
  return null
}
