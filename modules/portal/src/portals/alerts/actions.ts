/**
 * What staff may do with an alert now, from its status (docs/api/alerts.md lifecycle: OPEN → ACKNOWLEDGED →
 * DISPATCHED → RESOLVED, DISMISSED from any unresolved state; OPEN may be dispatched at once; resolving needs an
 * acknowledgement or a dispatch first) and the user's `alert:handle`. The server checks the same again (409).
 */
import type { AlertStatus } from './types'

export type AlertAction = 'acknowledge' | 'dispatch' | 'resolve' | 'dismiss'

const BY_STATUS: Record<AlertStatus, readonly AlertAction[]> = {
  OPEN: ['acknowledge', 'dispatch', 'dismiss'],
  ACKNOWLEDGED: ['dispatch', 'resolve', 'dismiss'],
  DISPATCHED: ['resolve', 'dismiss'],
  RESOLVED: [],
  DISMISSED: [],
}

/** The buttons of an alert in this status, in the order the page shows them; none without `alert:handle`. */
export function availableActions(status: AlertStatus | string, canHandle = true): AlertAction[] {
  if (!canHandle) return []
  return [...(BY_STATUS[status as AlertStatus] ?? [])]
}

/** The status an action leads to. */
export function statusAfter(action: AlertAction): AlertStatus {
  return ({ acknowledge: 'ACKNOWLEDGED', dispatch: 'DISPATCHED', resolve: 'RESOLVED', dismiss: 'DISMISSED' } as const)[action]
}

/** The resolve dialog's evidence references: one per line, trimmed, blank lines dropped. */
export function parseEvidenceRefs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** What is wrong with evidence references before sending (the server's limits: ≤ 20, each ≤ 500), or null. */
export function evidenceRefsProblem(refs: readonly string[]): { key: 'tooManyRefs' } | { key: 'refTooLong'; n: number } | null {
  if (refs.length > 20) return { key: 'tooManyRefs' }
  const i = refs.findIndex((r) => r.length > 500)
  return i >= 0 ? { key: 'refTooLong', n: i + 1 } : null
}

/** The server's messages for a field and its elements (`evidenceRefs`, `evidenceRefs[3]`, `evidenceRefs[3].<list element>`). */
export function fieldAndElements(fields: Record<string, string>, field: string): string {
  return Object.entries(fields)
    .filter(([k]) => k === field || k.startsWith(`${field}[`) || k.startsWith(`${field}.`))
    .map(([, v]) => v)
    .join('；')
}
