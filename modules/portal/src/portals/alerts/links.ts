/**
 * Where an alert's subject lives in the console: the unit page, the household archive, the lease, the device
 * registry (searched by the lock's device id), the project — each only when this user may open that page.
 */
import type { RouteLocationRaw } from 'vue-router'
import type { Alert, SubjectKind } from './types'

export interface SubjectLink {
  kind: SubjectKind
  /** The route, or null when the user may not open it (the id is shown as text instead). */
  to: RouteLocationRaw | null
  /** What identifies it when there is no better label: `#12`, the device id. */
  text: string
}

type Can = (permission: string) => boolean

function link(kind: SubjectKind, id: number | string | null | undefined, can: Can): SubjectLink | null {
  if (id === null || id === undefined || id === '') return null
  const text = kind === 'DEVICE' ? String(id) : `#${id}`
  switch (kind) {
    case 'UNIT':
      return { kind, text, to: can('unit:read') ? { name: 'housing-unit', params: { id: String(id) } } : null }
    case 'HOUSEHOLD':
      return { kind, text, to: can('household:read') ? { name: 'leasing-household-archive', params: { id: String(id) } } : null }
    case 'LEASE':
      return { kind, text, to: can('lease:read') ? { name: 'leasing-lease', params: { id: String(id) } } : null }
    case 'DEVICE':
      return { kind, text, to: can('device:read') ? { name: 'devices-registry', query: { q: String(id) } } : null }
    case 'PROJECT':
      return { kind, text, to: can('project:read') ? { name: 'housing-project', params: { id: String(id) } } : null }
  }
}

/** The subject first, then the unit, household and lease it belongs to (each once). */
export function subjectLinks(a: Pick<Alert, 'subjectKind' | 'subjectId' | 'unitId' | 'householdId' | 'leaseId'>, can: Can): SubjectLink[] {
  const out: SubjectLink[] = []
  const seen = new Set<string>()
  const add = (kind: SubjectKind, id: number | string | null | undefined) => {
    const key = `${kind}:${id}`
    if (seen.has(key)) return
    const l = link(kind, id, can)
    if (l) {
      seen.add(key)
      out.push(l)
    }
  }
  add(a.subjectKind, a.subjectId)
  add('UNIT', a.unitId)
  add('HOUSEHOLD', a.householdId)
  add('LEASE', a.leaseId)
  return out
}
