/**
 * Unit status (房态, R6.1c): the four statuses in the order every view shows them, and their colours, chosen once
 * here and used by the status board, its legend and every status tag. Each status also has a text label (and the
 * board a pattern for 维修中), so status is never told by colour alone; the dark text on every fill reaches WCAG AA
 * 4.5:1 and every border 3:1 against white (tested in status.spec.ts).
 */
import { DARK_TEXT } from '@/app/color'
import type { StatusCounts, UnitStatus } from './types'

export const UNIT_STATUSES: readonly UnitStatus[] = ['PENDING_ALLOCATION', 'OCCUPIED', 'UNDER_REPAIR', 'VACANT']

export interface StatusColors {
  /** Cell and tag background. */
  fill: string
  /** Cell and tag border, legend swatch outline (non-text contrast ≥ 3:1 on white). */
  border: string
  /** Text on the fill. */
  text: string
}

export const STATUS_COLORS: Readonly<Record<UnitStatus, StatusColors>> = {
  /** 待分配: amber */
  PENDING_ALLOCATION: { fill: '#FCD34D', border: '#B45309', text: DARK_TEXT },
  /** 已入住: green */
  OCCUPIED: { fill: '#86EFAC', border: '#15803D', text: DARK_TEXT },
  /** 维修中: red */
  UNDER_REPAIR: { fill: '#FCA5A5', border: '#B91C1C', text: DARK_TEXT },
  /** 空置: grey */
  VACANT: { fill: '#E5E7EB', border: '#6B7280', text: DARK_TEXT },
}

export function isUnitStatus(value: unknown): value is UnitStatus {
  return typeof value === 'string' && (UNIT_STATUSES as readonly string[]).includes(value)
}

/** i18n key of a status' label (待分配…). */
export function statusLabelKey(status: UnitStatus): string {
  return `unitStatus.${status}`
}

/** A short CSS-safe name per status, for class names and test ids: `pending`, `occupied`, `repair`, `vacant`. */
export function statusSlug(status: UnitStatus): string {
  return { PENDING_ALLOCATION: 'pending', OCCUPIED: 'occupied', UNDER_REPAIR: 'repair', VACANT: 'vacant' }[status]
}

/** CSS custom properties `--unit-<slug>-fill|border|text`, set once on a container so plain cells use classes. */
export function statusCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const s of UNIT_STATUSES) {
    const c = STATUS_COLORS[s]
    vars[`--unit-${statusSlug(s)}-fill`] = c.fill
    vars[`--unit-${statusSlug(s)}-border`] = c.border
    vars[`--unit-${statusSlug(s)}-text`] = c.text
  }
  return vars
}

/** Inline style of a status tag. */
export function statusTagStyle(status: UnitStatus): Record<string, string> {
  const c = STATUS_COLORS[status]
  return { backgroundColor: c.fill, borderColor: c.border, color: c.text }
}

export function emptyCounts(): StatusCounts {
  return { PENDING_ALLOCATION: 0, OCCUPIED: 0, UNDER_REPAIR: 0, VACANT: 0 }
}

/** Counts with missing statuses as 0 (a server may leave out zero counts). */
export function normalizeCounts(counts: Partial<StatusCounts> | null | undefined): StatusCounts {
  const out = emptyCounts()
  for (const s of UNIT_STATUSES) out[s] = Number(counts?.[s] ?? 0) || 0
  return out
}

export function totalOf(counts: Partial<StatusCounts> | null | undefined): number {
  const c = normalizeCounts(counts)
  return UNIT_STATUSES.reduce((sum, s) => sum + c[s], 0)
}

/** The statuses with their counts, in display order (legends, summary tags). */
export function countEntries(counts: Partial<StatusCounts> | null | undefined): { status: UnitStatus; count: number }[] {
  const c = normalizeCounts(counts)
  return UNIT_STATUSES.map((status) => ({ status, count: c[status] }))
}

/**
 * The state machine of docs/api/housing.md, for hints only: the server decides (and the archive offers what the
 * server's `allowedStatuses` says).
 */
export const TRANSITIONS: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = {
  PENDING_ALLOCATION: ['OCCUPIED', 'UNDER_REPAIR', 'VACANT'],
  OCCUPIED: ['UNDER_REPAIR', 'VACANT'],
  UNDER_REPAIR: ['PENDING_ALLOCATION', 'OCCUPIED', 'VACANT'],
  VACANT: ['PENDING_ALLOCATION', 'UNDER_REPAIR'],
}

/** The statuses a unit may move to, in display order, from the server's list (unknown values dropped). */
export function offeredStatuses(allowed: readonly unknown[] | null | undefined, current?: UnitStatus): UnitStatus[] {
  const set = new Set((allowed ?? []).filter(isUnitStatus))
  return UNIT_STATUSES.filter((s) => set.has(s) && s !== current)
}
