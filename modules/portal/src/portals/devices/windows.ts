/**
 * Validity windows of lock credentials in Beijing time, whatever the browser's zone: the inputs hold wall-clock
 * `YYYY-MM-DDTHH:mm` in Asia/Shanghai, the API gets instants with `+08:00`. A visitor code's window must not start in
 * the past (a few minutes' grace), end after it starts and last at most the operator's `visitorCodeMaxHours`; the
 * server checks the same and names the field when it refuses.
 */
import { formatDateTime } from '@/shared/format'

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/

/** `2026-11-22T09:30` (Beijing wall clock) → `2026-11-22T09:30:00+08:00`; undefined for anything else. */
export function shanghaiToIso(local: string | null | undefined): string | undefined {
  const m = LOCAL.exec((local ?? '').trim())
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}+08:00`
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  // Reject dates that roll over (2026-02-30): formatting back must give the same wall clock.
  return formatDateTime(date) === `${y}-${mo}-${d} ${h}:${mi}` ? iso : undefined
}

/** An instant → its Beijing wall clock for an input, `2026-11-22T09:30`. */
export function isoToShanghai(value: string | Date | null | undefined): string {
  const s = formatDateTime(value ?? null)
  return s ? s.replace(' ', 'T') : ''
}

/** Milliseconds of an input's wall clock, NaN when invalid. */
function ms(local: string | null | undefined): number {
  const iso = shanghaiToIso(local)
  return iso ? Date.parse(iso) : NaN
}

/** Hours between two wall clocks (fractional), NaN when either is invalid. */
export function hoursBetween(from: string | null | undefined, until: string | null | undefined): number {
  return (ms(until) - ms(from)) / 3_600_000
}

/** A start this far in the past is still "now" (the resident filled the form in a minute or two). */
export const START_GRACE_MINUTES = 10

export type WindowProblem = 'fromMissing' | 'untilMissing' | 'order' | 'tooLong' | 'past'

/**
 * What is wrong with a visitor code's window, or null: both ends needed, the end after the start, at most `maxHours`
 * long (when the limit is known), and not starting in the past.
 */
export function visitorWindowProblem(
  w: { from: string | null | undefined; until: string | null | undefined },
  maxHours: number | null | undefined,
  now: Date = new Date(),
): WindowProblem | null {
  const from = ms(w.from)
  const until = ms(w.until)
  if (Number.isNaN(from)) return 'fromMissing'
  if (Number.isNaN(until)) return 'untilMissing'
  if (until <= from) return 'order'
  if (maxHours && until - from > maxHours * 3_600_000) return 'tooLong'
  if (from < now.getTime() - START_GRACE_MINUTES * 60_000) return 'past'
  return null
}

/**
 * What is wrong with a staff grant's window, or null: both ends optional (absent: from now, until revoked), but when
 * both are given the end must come after the start, and an end must not be in the past.
 */
export function grantWindowProblem(
  w: { from: string | null | undefined; until: string | null | undefined },
  now: Date = new Date(),
): 'order' | 'past' | null {
  const from = w.from ? ms(w.from) : NaN
  const until = w.until ? ms(w.until) : NaN
  if (!Number.isNaN(from) && !Number.isNaN(until) && until <= from) return 'order'
  if (!Number.isNaN(until) && until <= now.getTime()) return 'past'
  return null
}

/** A new visitor code's window: from now (to the minute) for `hours` (default 4), never beyond the limit. */
export function defaultVisitorWindow(now: Date = new Date(), maxHours?: number | null, hours = 4): { from: string; until: string } {
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  const length = maxHours ? Math.min(hours, maxHours) : hours
  return { from: isoToShanghai(start), until: isoToShanghai(new Date(start.getTime() + length * 3_600_000)) }
}

/** The end of a window `hours` after its start (a quick-pick chip), '' when the start is invalid. */
export function untilAfter(from: string | null | undefined, hours: number): string {
  const start = ms(from)
  return Number.isNaN(start) ? '' : isoToShanghai(new Date(start + hours * 3_600_000))
}

/** Quick-pick durations in hours, those within the limit (all when unknown). */
export function durationChoices(maxHours?: number | null): number[] {
  return [1, 2, 4, 8, 24, 72].filter((h) => !maxHours || h <= maxHours)
}

/** A window in words for a list: `2026-11-22 09:30 至 2026-11-22 13:30`, open ends as `即时` / `长期`. */
export function windowText(
  c: { validFrom?: string | null; validUntil?: string | null },
  words: { from: string; until: string; separator: string },
): string {
  const from = c.validFrom ? formatDateTime(c.validFrom) : words.from
  const until = c.validUntil ? formatDateTime(c.validUntil) : words.until
  return `${from}${words.separator}${until}`
}

/**
 * The bounds of a visitor code's pickers (the operator's `visitorCodeMaxHours` from GET /my/keys): the start from
 * now (less the grace), the end between the start and the start plus the limit. Wall clocks for `datetime-local`'s
 * `min`/`max`; an unknown bound is undefined (the input stays open and the check above still speaks).
 */
export function visitorPickerBounds(
  from: string | null | undefined,
  maxHours: number | null | undefined,
  now: Date = new Date(),
): { fromMin: string; untilMin?: string; untilMax?: string } {
  const start = ms(from)
  const fromMin = isoToShanghai(new Date(Math.floor((now.getTime() - START_GRACE_MINUTES * 60_000) / 60_000) * 60_000))
  if (Number.isNaN(start)) return { fromMin }
  return {
    fromMin,
    untilMin: isoToShanghai(new Date(start + 60_000)),
    untilMax: maxHours ? isoToShanghai(new Date(start + maxHours * 3_600_000)) : undefined,
  }
}
