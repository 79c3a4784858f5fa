/** The roster's arithmetic (R5.1d): ratio text, over-limit rows first, qualifications that ran out. */
import type { Qualification, StaffingRow } from './types'

/** Residents per staff member to one decimal; null when there is no staff (the ratio is then undefined). */
export function ratioValue(row: Pick<StaffingRow, 'ratio' | 'residents' | 'staff'>): number | null {
  if (row.ratio !== undefined && row.ratio !== null) return Math.round(Number(row.ratio) * 10) / 10
  return row.staff > 0 ? Math.round((row.residents / row.staff) * 10) / 10 : null
}

/** Over-limit projects first, then by ratio (highest first), then by name. */
export function sortStaffing(rows: readonly StaffingRow[]): StaffingRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.overLimit) - Number(a.overLimit) ||
      (ratioValue(b) ?? Infinity) - (ratioValue(a) ?? Infinity) ||
      a.projectName.localeCompare(b.projectName, 'zh-CN'),
  )
}

/** A qualification whose validity ended before `today` (YYYY-MM-DD, Beijing). */
export function isExpired(q: Pick<Qualification, 'validUntil'>, today: string): boolean {
  return !!q.validUntil && q.validUntil < today
}

/** Qualifications as they are sent: blank rows dropped, blank optional fields left out. */
export function cleanQualifications(rows: readonly { name: string; certificateNo?: string; validUntil?: string | null }[]): Qualification[] {
  return rows
    .filter((q) => q.name.trim() !== '')
    .map((q) => ({
      name: q.name.trim(),
      ...(q.certificateNo?.trim() ? { certificateNo: q.certificateNo.trim() } : {}),
      ...(q.validUntil ? { validUntil: q.validUntil } : {}),
    }))
}
