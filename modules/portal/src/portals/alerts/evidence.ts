/**
 * An evidence line's data points (the JSON the rule recorded: door silence, consumption, openings by whom, arrears…)
 * as label and value pairs staff can read: known fields get their Chinese (or English) name and unit, instants are
 * shown in Beijing time, dates as they are, codes (welfare group, expiry stage, device report) in words. Unknown
 * fields (a newer rule) still show, under their own name.
 */
import { i18n } from '@/app/i18n'
import { formatDateTime, formatNumber } from '@/shared/format'
import { alertLabel } from './labels'

export interface DataPoint {
  key: string
  label: string
  value: string
}

type Unit = 'days' | 'hours' | 'weeks' | 'm3' | 'kwh' | 'percent' | 'yuan' | 'count' | 'instant' | 'date' | 'offsets' | 'code'

/** The fields the rules write (modules/alerts …Rule.java), in the order they read best, with their unit. */
const FIELDS: readonly (readonly [string, Unit])[] = [
  ['leaseNumber', 'code'],
  ['end', 'date'],
  ['daysLeft', 'days'],
  ['stage', 'code'],
  ['offsets', 'offsets'],
  ['overdue', 'yuan'],
  ['oldestDue', 'date'],
  ['daysOverdue', 'days'],
  ['thresholdDays', 'days'],
  ['thresholdAmount', 'yuan'],
  ['group', 'code'],
  ['silentDays', 'days'],
  ['silentHours', 'hours'],
  ['silentSince', 'instant'],
  ['lastOpening', 'instant'],
  ['thresholdHours', 'hours'],
  ['windowDays', 'days'],
  ['days', 'days'],
  ['openings', 'count'],
  ['ownOpenings', 'count'],
  ['visitorOpenings', 'count'],
  ['otherOpenings', 'count'],
  ['othersSharePercent', 'percent'],
  ['ownUnusedWeeks', 'weeks'],
  ['openingsInOwnWindow', 'count'],
  ['ownOpeningsInOwnWindow', 'count'],
  ['distinctCredentials', 'count'],
  ['registeredMembers', 'count'],
  ['distinctNeeded', 'count'],
  ['waterM3', 'm3'],
  ['electricityKwh', 'kwh'],
  ['waterPerPersonDailyM3', 'm3'],
  ['thresholdWaterPerPersonDailyM3', 'm3'],
  ['thresholdWaterM3', 'm3'],
  ['thresholdElectricityKwh', 'kwh'],
  ['report', 'code'],
  ['occurredAt', 'instant'],
  ['battery', 'percent'],
  ['detail', 'code'],
]
const UNIT_OF = new Map(FIELDS.map(([k, u]) => [k, u]))
const ORDER = new Map(FIELDS.map(([k], i) => [k, i]))

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function t(key: string, params?: Record<string, unknown>): string {
  return params ? i18n.global.t(key, params) : i18n.global.t(key)
}

function number(v: unknown): string {
  const n = typeof v === 'number' ? v : Number(v)
  return Number.isFinite(n) ? formatNumber(n) : String(v)
}

/** An expiry stage: `overdue` or `offset-30`. */
function stageText(v: string): string {
  if (v === 'overdue') return t('alerts.data.stageOverdue')
  const m = /^offset-(\d+)$/.exec(v)
  return m ? t('alerts.data.stageOffset', { n: m[1] }) : v
}

function codeText(key: string, v: unknown): string {
  const s = String(v)
  if (key === 'group') return alertLabel('welfareGroup', s)
  if (key === 'stage') return stageText(s)
  if (key === 'report') {
    const k = `alerts.data.reports.${s}`
    return i18n.global.te(k) ? t(k) : s
  }
  return s
}

/** One value in words; `unit` from the field, or guessed from the value when the field is unknown. */
export function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  const unit = UNIT_OF.get(key)
  switch (unit) {
    case 'days':
    case 'hours':
    case 'weeks':
    case 'm3':
    case 'kwh':
    case 'percent':
    case 'yuan':
      return t(`alerts.data.units.${unit}`, { n: number(value) })
    case 'count':
      return number(value)
    case 'instant':
      return typeof value === 'string' && ISO_INSTANT.test(value) ? formatDateTime(value) : String(value)
    case 'date':
      return String(value)
    case 'offsets':
      return Array.isArray(value)
        ? value.map((d) => t('alerts.data.units.days', { n: number(d) })).join(t('alerts.data.listSeparator'))
        : String(value)
    case 'code':
      return codeText(key, value)
    default:
      break
  }
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value)
  if (typeof value === 'string' && ISO_DATE.test(value)) return value
  if (typeof value === 'number') return number(value)
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (Array.isArray(value)) return value.map((v) => formatValue('', v)).join(t('alerts.data.listSeparator'))
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** A field's name in the UI language (its own name when unknown). */
export function fieldLabel(key: string): string {
  const k = `alerts.data.fields.${key}`
  return i18n.global.te(k) ? t(k) : key
}

/** The data points of one evidence line, known fields first in a fixed order, empty values left out. */
export function formatEvidence(data: Record<string, unknown> | null | undefined): DataPoint[] {
  if (!data || typeof data !== 'object') return []
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .sort(([a], [b]) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || a.localeCompare(b))
    .map(([key, v]) => ({ key, label: fieldLabel(key), value: formatValue(key, v) }))
}
