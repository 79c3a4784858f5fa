/** Field names and values of audit entries and status changes, in the UI language. */
import { i18n } from '@/app/i18n'
import { formatArea, formatDateTime } from '@/shared/format'
import { isUnitStatus, statusLabelKey } from './status'

export type AuditScope = 'project' | 'building' | 'unit' | 'staff'

/** `area` → 面积; nested paths (`serviceWindow.hotline`) by their last part; unknown fields as they are. */
export function auditFieldLabel(scope: AuditScope, field: string): string {
  const { t, te } = i18n.global
  const last = field.split('.').pop() ?? field
  for (const key of [`housing.${scope}.fields.${field}`, `housing.${scope}.fields.${last}`, `housing.project.fields.${last}`, `housing.unit.fields.${last}`]) {
    if (te(key)) return t(key)
  }
  return field
}

/** Values for people: statuses by name, yes/no, areas in ㎡, instants in Beijing time, blanks as a dash. */
export function auditFieldValue(field: string, value: string | null | undefined): string {
  const { t } = i18n.global
  if (value === undefined || value === null || value === '') return '—'
  const last = field.split('.').pop() ?? field
  if (isUnitStatus(value)) return t(statusLabelKey(value))
  if (value === 'true' || value === 'false') return value === 'true' ? t('common.yes') : t('common.no')
  if (last === 'area' && !Number.isNaN(Number(value))) return formatArea(value)
  if (/At$/.test(last) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value)
  return value
}
