/**
 * Formatting for Chinese housing staff: times in Asia/Shanghai whatever the browser's zone, dates as
 * YYYY-MM-DD, numbers and money (CNY, to the fen) with zh-CN conventions.
 */

export const TIME_ZONE = 'Asia/Shanghai'

type Input = string | number | Date | null | undefined

function toDate(value: Input): Date | null {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

function parts(d: Date, withSeconds: boolean): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
    hourCycle: 'h23',
  })
  const out: Record<string, string> = {}
  for (const p of fmt.formatToParts(d)) out[p.type] = p.value
  return out
}

/** `2026-11-22 04:24` in Beijing time; an empty string for no value. */
export function formatDateTime(value: Input, withSeconds = false): string {
  const d = toDate(value)
  if (!d) return ''
  const p = parts(d, withSeconds)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`
}

/**
 * A calendar date. `YYYY-MM-DD` strings (contract dates, LocalDate on the server) are shown as they are,
 * never shifted by a time zone; instants are shown as their date in Beijing.
 */
export function formatDate(value: Input): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const d = toDate(value)
  if (!d) return ''
  const p = parts(d, false)
  return `${p.year}-${p.month}-${p.day}`
}

/** A long, localized date and time for tooltips: `2026年11月22日 星期日 04:24`. */
export function formatDateTimeLong(value: Input, locale: string): string {
  const d = toDate(value)
  if (!d) return ''
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d)
}

/** Today's date in Beijing, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return formatDate(now)
}

/** Minutes from now until an instant, rounded up, at least 1 (for "locked for N minutes"). */
export function minutesUntil(value: Input, now: Date = new Date()): number {
  const d = toDate(value)
  if (!d) return 0
  return Math.max(1, Math.ceil((d.getTime() - now.getTime()) / 60000))
}

/** Numbers with zh-CN grouping: 12,345.6. */
export function formatNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return new Intl.NumberFormat('zh-CN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 3,
  }).format(value)
}

/** Money in CNY to the fen, zh-CN style: ¥12,345.60. Accepts the API's decimal strings. */
export function formatMoney(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const n = typeof value === 'string' ? Number(value) : value
  if (Number.isNaN(n)) return ''
  return new Intl.NumberFormat('zh-CN', {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n)
}

/** A duration in milliseconds for people: 850 ms, 1.2 s. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return ''
  if (ms < 1000) return `${ms} ms`
  return `${formatNumber(ms / 1000, 1)} s`
}

/** A floor area in square metres with 2 decimals: `12.50 ㎡` (accepts the API's numbers and decimal strings). */
export function formatArea(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const n = typeof value === 'string' ? Number(value) : value
  if (Number.isNaN(n)) return ''
  return `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} ㎡`
}
