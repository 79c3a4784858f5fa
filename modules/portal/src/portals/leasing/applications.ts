/**
 * Residents' applications (R6.2b2, R6.2b3): what was asked, as label/value lines for staff and residents, and which
 * extra fields each type takes when a resident applies or staff approve.
 */
import { i18n } from '@/app/i18n'
import { enumLabel } from './labels'
import { money } from './fees'
import type { ApplicationType, ApplicationView } from './types'

export interface DetailLine {
  key: string
  label: string
  value: string
}

/** The fields a resident fills for each type, besides the reason. */
export const APPLY_FIELDS: Readonly<Record<ApplicationType, readonly ('incomeMonthly' | 'housingSituation' | 'members' | 'preferredLayout' | 'renewalMonths')[]>> = {
  INCOME_CHANGE: ['incomeMonthly'],
  MEMBER_CHANGE: ['members'],
  HOUSING_CHANGE: ['housingSituation'],
  SWAP: ['preferredLayout'],
  RENEWAL: ['renewalMonths'],
}

/** What staff may set when approving each type. */
export const APPROVE_FIELDS: Readonly<Record<ApplicationType, readonly ('unitId' | 'monthlyRent' | 'endDate' | 'eligibilityCategory')[]>> = {
  INCOME_CHANGE: ['eligibilityCategory', 'monthlyRent'],
  MEMBER_CHANGE: ['eligibilityCategory'],
  HOUSING_CHANGE: ['eligibilityCategory'],
  SWAP: ['unitId', 'monthlyRent'],
  RENEWAL: ['endDate', 'monthlyRent'],
}

function memberSummary(value: unknown): string {
  if (!Array.isArray(value)) return String(value)
  return value
    .map((m) => {
      const o = (m ?? {}) as Record<string, unknown>
      const name = typeof o.name === 'string' ? o.name : '?'
      return typeof o.relation === 'string' ? `${name}（${enumLabel('relation', o.relation)}）` : name
    })
    .join('、')
}

/** Details the server keeps for itself (the removed members are shown by name). */
const HIDDEN: ReadonlySet<string> = new Set(['reason', 'type', 'removeMemberIds'])

/** The application's details in display order: known fields with labels and formatted values, others as they are. */
export function applicationDetails(app: Pick<ApplicationView, 'details'>): DetailLine[] {
  const { t, te } = i18n.global
  const d = app.details ?? {}
  const order = ['incomeMonthly', 'memberCount', 'members', 'removeMemberNames', 'housingSituation', 'preferredProjectId', 'preferredProjectName', 'preferredLayout', 'renewalMonths']
  const keys = [...order.filter((k) => k in d), ...Object.keys(d).filter((k) => !order.includes(k) && !HIDDEN.has(k))]
  const out: DetailLine[] = []
  for (const key of keys) {
    const v = d[key]
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue
    let value: string
    if (key === 'incomeMonthly') value = money(v as number)
    else if (key === 'members') value = memberSummary(v)
    else if (key === 'removeMemberNames') value = Array.isArray(v) ? v.filter((n) => typeof n === 'string' && n).join('、') : String(v)
    else if (key === 'renewalMonths') value = t('leasing.leaseType.months', { months: Number(v) })
    else if (key === 'eligibilityCategory') value = enumLabel('category', String(v))
    else value = typeof v === 'object' ? JSON.stringify(v) : String(v)
    const labelKey = `leasing.application.fields.${key}`
    out.push({ key, label: te(labelKey) ? t(labelKey) : key, value })
  }
  return out
}
