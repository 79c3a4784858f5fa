/** The alert center's filter (kept in the URL by useListQuery) and the GET /alerts (and .xlsx) query it makes. */
import type { Query } from '@/app/api'
import { ALERT_TYPES, SEVERITIES, STATUSES, SUBJECT_KINDS } from './labels'

export interface AlertFilter extends Record<string, string> {
  type: string
  severity: string
  status: string
  projectId: string
  subjectKind: string
  subjectId: string
}

export const EMPTY_ALERT_FILTER: AlertFilter = { type: '', severity: '', status: '', projectId: '', subjectKind: '', subjectId: '' }

function oneOf(values: readonly string[], value: string | null | undefined): string | undefined {
  return value && values.includes(value) ? value : undefined
}

/** Unknown enum values and blank fields are left out (the server would answer 400 naming the parameter). */
export function alertQuery(f: Partial<AlertFilter>, page?: number, size?: number): Query {
  const project = String(f.projectId ?? '').trim()
  const subject = (f.subjectId ?? '').trim()
  return {
    type: oneOf(ALERT_TYPES, f.type),
    severity: oneOf(SEVERITIES, f.severity),
    status: oneOf(STATUSES, f.status),
    projectId: /^\d+$/.test(project) && Number(project) > 0 ? Number(project) : undefined,
    subjectKind: oneOf(SUBJECT_KINDS, f.subjectKind),
    subjectId: subject === '' ? undefined : subject.slice(0, 64),
    page,
    size,
  }
}
