/**
 * Money for people, computed in whole fen so that sums never drift (0.1 + 0.2): `¥1,234.50`, signed ledger amounts
 * (`+¥277.13`, `−¥277.13`), a balance in words (欠费 / 预存 / 已结清), the collection rate as a percentage, and the
 * rent the server would compute (area × standard × category rule, exact, rounded once half up to the fen — R6.4c).
 */
import { i18n } from '@/app/i18n'
import { formatMoney } from '@/shared/format'
import type { Money, RentRuleMode } from './types'

/** An API amount (number or decimal string) in fen, rounded half up; null when not a number. */
export function toFen(value: Money | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const s = String(value).trim()
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null
  const negative = s.startsWith('-')
  const [int, frac = ''] = s.replace(/^[-+]/, '').split('.')
  const digits = (frac + '000').slice(0, 3)
  let fen = Number(int) * 100 + Number(digits.slice(0, 2))
  if (Number(digits[2]) >= 5) fen += 1
  return negative ? -fen : fen
}

/** Fen as the API's decimal number: 27713 → 277.13. */
export function fromFen(fen: number): number {
  return Math.round(fen) / 100
}

/** The sum of amounts to the fen (unknown values count as 0). */
export function sumMoney(values: readonly (Money | null | undefined)[]): number {
  return fromFen(values.reduce<number>((s, v) => s + (toFen(v) ?? 0), 0))
}

/** `¥1,234.50`; a dash when there is no amount. */
export function yuan(value: Money | null | undefined): string {
  const fen = toFen(value)
  return fen === null ? '—' : formatMoney(fromFen(fen))
}

/** A ledger amount with its sign spelled out: `+¥277.13`, `−¥277.13` (a true minus sign), `¥0.00`. */
export function signedYuan(value: Money | null | undefined): string {
  const fen = toFen(value)
  if (fen === null) return '—'
  if (fen === 0) return formatMoney(0)
  return `${fen > 0 ? '+' : '−'}${formatMoney(Math.abs(fen) / 100)}`
}

export type BalanceKind = 'owed' | 'credit' | 'settled'

/** A lease's balance: > 0 owed, < 0 credit (prepaid), 0 settled. */
export function balanceKind(balance: Money | null | undefined): BalanceKind {
  const fen = toFen(balance) ?? 0
  return fen > 0 ? 'owed' : fen < 0 ? 'credit' : 'settled'
}

/** `欠费 ¥277.13`, `预存 ¥22.87`, `已结清`. */
export function balanceText(balance: Money | null | undefined): string {
  const { t } = i18n.global
  const kind = balanceKind(balance)
  if (kind === 'settled') return t('finance.balance.settled')
  return t(`finance.balance.${kind}`, { amount: formatMoney(Math.abs(toFen(balance) ?? 0) / 100) })
}

/** The collection rate as the report gives it (percent, one decimal): `98.5%`; a dash when nothing was charged. */
export function formatRate(rate: Money | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—'
  const n = Number(rate)
  if (!Number.isFinite(n)) return '—'
  return `${n.toFixed(1)}%`
}

/** A typed amount: up to 10 integer digits and at most 2 decimals, more than zero. */
export function isPositiveMoneyText(value: string | number | null | undefined): boolean {
  if (value === null || value === undefined) return false
  const s = String(value).trim()
  return /^\d{1,10}(\.\d{1,2})?$/.test(s) && (toFen(s) ?? 0) > 0
}

/**
 * The monthly rent the server computes (RentCalculator): STANDARD area × standard; DISCOUNT area × standard ×
 * value % ; FIXED_RATE area × value; FIXED_AMOUNT value — exact, then rounded once, half up, to the fen.
 * Null when a figure is missing. Computed in integers (hundredths of m², fen, hundredths of a percent).
 */
export function computeRent(area: Money | null | undefined, standard: Money | null | undefined, mode: RentRuleMode, value?: Money | null): number | null {
  const a = toFen(area) // hundredths of a m²
  if (a === null || a <= 0) return null
  const roundDiv = (n: bigint, d: bigint) => (n * 2n + d) / (d * 2n) // half up for n ≥ 0
  switch (mode) {
    case 'STANDARD': {
      const s = toFen(standard)
      return s === null ? null : fromFen(Number(roundDiv(BigInt(a) * BigInt(s), 100n)))
    }
    case 'DISCOUNT': {
      const s = toFen(standard)
      const v = toFen(value) // hundredths of a percent
      return s === null || v === null ? null : fromFen(Number(roundDiv(BigInt(a) * BigInt(s) * BigInt(v), 1_000_000n)))
    }
    case 'FIXED_RATE': {
      const v = toFen(value)
      return v === null ? null : fromFen(Number(roundDiv(BigInt(a) * BigInt(v), 100n)))
    }
    case 'FIXED_AMOUNT': {
      const v = toFen(value)
      return v === null ? null : fromFen(v)
    }
  }
}
