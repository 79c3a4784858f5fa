/**
 * Finance settings as the operator sets them: the bills' due day (1–28, so every month has it) and 1–3 dunning
 * offsets (days overdue, 1–365, no repeats), shown and sent in ascending order as the server keeps them.
 */
export type DunningProblem = 'count' | 'range' | 'duplicate'

export function isDueDay(day: number | null | undefined): boolean {
  return typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 28
}

export function dunningProblem(offsets: readonly (number | null | undefined)[]): DunningProblem | null {
  const list = offsets.filter((o) => o !== null && o !== undefined) as number[]
  if (list.length < 1 || list.length > 3 || list.length !== offsets.length) return 'count'
  if (list.some((o) => !Number.isInteger(o) || o < 1 || o > 365)) return 'range'
  if (new Set(list).size !== list.length) return 'duplicate'
  return null
}

export function sortDunning(offsets: readonly number[]): number[] {
  return [...offsets].sort((a, b) => a - b)
}
