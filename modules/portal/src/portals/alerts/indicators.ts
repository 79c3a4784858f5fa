/** The risk indicators' shaping (R7.3d): rows as bars (share of the largest), and the daily trend's scale. */
import type { CountRow, DayTrend } from './types'

export interface Bar {
  key: string
  open: number
  /** 0–100: the bar's length relative to the largest row. */
  percent: number
}

/** Rows largest first (ties by the given order), each with its length relative to the largest. */
export function bars(rows: readonly CountRow[], order: readonly string[] = []): Bar[] {
  const max = Math.max(0, ...rows.map((r) => r.open))
  const rank = (k: string) => {
    const i = order.indexOf(k)
    return i < 0 ? order.length : i
  }
  return [...rows]
    .filter((r) => r.open > 0)
    .sort((a, b) => (order.length ? rank(a.key) - rank(b.key) : 0) || b.open - a.open)
    .map((r) => ({ key: r.key, open: r.open, percent: max ? Math.round((r.open / max) * 100) : 0 }))
}

/** The trend's top: the largest daily count of opened or closed (at least 1, so an empty range draws flat). */
export function trendMax(trend: readonly DayTrend[]): number {
  return Math.max(1, ...trend.map((d) => Math.max(d.opened, d.resolved + d.dismissed)))
}
