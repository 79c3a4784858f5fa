/**
 * The alerts enums in display order, their labels (i18n keys under `alerts.enum.*`), the colour of each severity (tags
 * and the legend), the tag type of each status, and how close an alert is to its deadline. Colour never carries the
 * meaning alone: the words do.
 */
import { i18n } from '@/app/i18n'
import { todayInShanghai } from '@/shared/format'
import type { Alert, AlertStatus, AlertType, HistoryAction, ResolveFinding, Severity, SubjectKind } from './types'

export const ALERT_TYPES: readonly AlertType[] = [
  'WELFARE',
  'NOBODY_LIVING',
  'SUBLET',
  'GROUP_RENTING',
  'VACANT_USE',
  'CONTRACT_EXPIRY',
  'ARREARS',
  'DEVICE_TAMPER',
  'DEVICE_OFFLINE',
  'DEVICE_LOW_BATTERY',
]
/** Highest first: the legend, the filter and the indicators read from the most urgent. */
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']
export const STATUSES: readonly AlertStatus[] = ['OPEN', 'ACKNOWLEDGED', 'DISPATCHED', 'RESOLVED', 'DISMISSED']
export const UNRESOLVED: readonly AlertStatus[] = ['OPEN', 'ACKNOWLEDGED', 'DISPATCHED']
export const SUBJECT_KINDS: readonly SubjectKind[] = ['UNIT', 'HOUSEHOLD', 'LEASE', 'DEVICE', 'PROJECT']
export const FINDINGS: readonly ResolveFinding[] = ['NORMAL', 'CONFIRMED', 'OTHER']
export const WELFARE_GROUPS = ['ELDERLY_ALONE', 'DISABLED', 'SERIOUS_ILLNESS'] as const
export const HISTORY_ACTIONS: readonly HistoryAction[] = ['OPENED', 'EVIDENCE', 'ACKNOWLEDGED', 'DISPATCHED', 'ESCALATED', 'AUTHORITY', 'RESOLVED', 'DISMISSED']

export type AlertEnum = 'type' | 'severity' | 'status' | 'subjectKind' | 'finding' | 'action' | 'welfareGroup'

/** The label of an enum value in the UI language; an unknown value (a newer server) shows as it is. */
export function alertLabel(name: AlertEnum, value: string | null | undefined): string {
  if (!value) return '—'
  const key = `alerts.enum.${name}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

/** Each severity's colour (text on it is white; contrast ≥ 4.5:1 for CRITICAL and HIGH, the tags use dark text else). */
export const SEVERITY_COLORS: Record<Severity, { background: string; border: string; text: string }> = {
  CRITICAL: { background: '#8f1d1d', border: '#8f1d1d', text: '#ffffff' },
  HIGH: { background: '#fde2e2', border: '#f56c6c', text: '#a61b1b' },
  MEDIUM: { background: '#fdf0d8', border: '#e6a23c', text: '#8a5200' },
  LOW: { background: '#eef1f6', border: '#b1b8c4', text: '#4a5361' },
}

export function severityRank(s: Severity | string): number {
  const i = SEVERITIES.indexOf(s as Severity)
  return i < 0 ? SEVERITIES.length : i
}

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export function statusTagType(s: AlertStatus | string): TagType {
  switch (s) {
    case 'OPEN':
      return 'danger'
    case 'ACKNOWLEDGED':
      return 'warning'
    case 'DISPATCHED':
      return 'primary'
    case 'RESOLVED':
      return 'success'
    default:
      return 'info'
  }
}

export function isUnresolved(s: AlertStatus | string): boolean {
  return (UNRESOLVED as readonly string[]).includes(s)
}

/** How an unresolved alert stands against its escalation deadline: overdue, due within two hours, or in time. */
export type DeadlineState = 'closed' | 'none' | 'overdue' | 'soon' | 'ok'

export function deadlineState(a: Pick<Alert, 'status' | 'deadline'>, now: Date = new Date()): DeadlineState {
  if (!isUnresolved(a.status)) return 'closed'
  if (!a.deadline) return 'none'
  const ms = new Date(a.deadline).getTime() - now.getTime()
  if (Number.isNaN(ms)) return 'none'
  if (ms < 0) return 'overdue'
  return ms <= 2 * 3600_000 ? 'soon' : 'ok'
}

/** A dispatched home visit past its due date (Beijing calendar). */
export function visitOverdue(a: Pick<Alert, 'status' | 'dueDate'>, now: Date = new Date()): boolean {
  return a.status === 'DISPATCHED' && !!a.dueDate && a.dueDate < todayInShanghai(now)
}
