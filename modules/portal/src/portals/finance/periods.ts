/**
 * Billing periods and report months (`YYYY-MM`, in Asia/Shanghai whatever the browser's zone): this month, checks,
 * neighbours, the recent months a chooser offers, and the period in words (`2026年11月`, `Nov 2026`).
 */
import { i18n } from '@/app/i18n'
import { todayInShanghai } from '@/shared/format'

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isPeriod(value: string | null | undefined): boolean {
  return !!value && PERIOD.test(value)
}

/** This month in Beijing: `2026-11`. */
export function currentPeriod(now: Date = new Date()): string {
  return todayInShanghai(now).slice(0, 7)
}

/** The year in Beijing. */
export function currentYear(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4))
}

/** `2026-11` + 2 → `2027-01`; undefined for something that is not a period. */
export function addPeriods(period: string, months: number): string | undefined {
  const m = PERIOD.exec(period)
  if (!m) return undefined
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + months
  const y = Math.floor(index / 12)
  const mo = (index % 12) + 1
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`
}

/** The `count` months up to and including `until`, newest first (choosers of billing runs and reports). */
export function recentPeriods(until: string, count = 12): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const p = addPeriods(until, -i)
    if (p) out.push(p)
  }
  return out
}

/** `2026年11月` / `Nov 2026`; anything else as it is. */
export function periodLabel(period: string | null | undefined): string {
  if (!period) return ''
  const m = PERIOD.exec(period)
  if (!m) return period
  const month = Number(m[2])
  return i18n.global.t('finance.period.label', { year: m[1], month, monthName: i18n.global.t(`finance.period.months.m${month}`) })
}

/** Years a rent standard is set for: last year to next year around `year`. */
export function yearsAround(year: number, before = 1, after = 1): number[] {
  const out: number[] = []
  for (let y = year + after; y >= year - before; y--) out.push(y)
  return out
}
