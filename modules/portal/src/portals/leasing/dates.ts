/**
 * Contract dates (`YYYY-MM-DD`, Asia/Shanghai, never shifted by the browser's zone): the default end of a lease
 * (start + the type's term − 1 day, as the server computes it with LocalDate), days until an end, and the renewal
 * reminder offsets an operator sets.
 */

function parse(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const check = new Date(Date.UTC(y, mo - 1, d))
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return [y, mo, d]
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function isIsoDate(value: string | null | undefined): boolean {
  return !!value && parse(value) !== null
}

/** LocalDate.plusMonths: the day is clamped to the last day of the target month (01-31 + 1 month = 02-28). */
export function addMonths(date: string, months: number): string | undefined {
  const p = parse(date)
  if (!p) return undefined
  const [y, m, d] = p
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return format(target)
}

export function addDays(date: string, days: number): string | undefined {
  const p = parse(date)
  if (!p) return undefined
  return format(new Date(Date.UTC(p[0], p[1] - 1, p[2] + days)))
}

/** The lease's last day when none is given: start + term months − 1 day. */
export function defaultEndDate(start: string, termMonths: number | null | undefined): string | undefined {
  if (!termMonths || termMonths < 1) return undefined
  const plus = addMonths(start, termMonths)
  return plus ? addDays(plus, -1) : undefined
}

/** Whole days from `from` to `to` (both dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parse(from)
  const b = parse(to)
  if (!a || !b) return undefined
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000)
}

export type OffsetsProblem = 'count' | 'range' | 'duplicate'

/** Renewal reminder offsets: 1 to 3 whole numbers of days, each 1..365, no repeats. */
export function offsetsProblem(offsets: readonly (number | null | undefined)[]): OffsetsProblem | null {
  const list = offsets.filter((o) => o !== null && o !== undefined) as number[]
  if (list.length < 1 || list.length > 3) return 'count'
  if (list.some((o) => !Number.isInteger(o) || o < 1 || o > 365)) return 'range'
  if (new Set(list).size !== list.length) return 'duplicate'
  return null
}

/** Offsets as sent and shown: furthest first (90, 60, 30). */
export function sortOffsets(offsets: readonly number[]): number[] {
  return [...offsets].sort((a, b) => b - a)
}
