/**
 * The leasing enums in display order, their labels (i18n keys under `leasing.enum.*`), the tag colour of each
 * status, and the field names and values of household and lease revision histories in the UI language.
 */
import { i18n } from '@/app/i18n'
import { formatDateTime, formatMoney } from '@/shared/format'
import type {
  AckSection,
  AmountRule,
  ApplicationStatus,
  ApplicationType,
  EligibilityCategory,
  FeeCategory,
  FeeCycle,
  HouseholdStatus,
  IdType,
  LeaseKind,
  LeaseStatus,
  Relation,
  ReviewDecision,
  ReviewStatus,
  StepMode,
} from './types'

export const ELIGIBILITY_CATEGORIES: readonly EligibilityCategory[] = ['SUBSISTENCE', 'LOW_INCOME', 'NEW_GRADUATE', 'MIGRANT_WORKER', 'TALENT', 'OTHER']
export const HOUSEHOLD_STATUSES: readonly HouseholdStatus[] = ['ACTIVE', 'EXITING', 'MOVED_OUT']
export const RELATIONS: readonly Relation[] = ['SELF', 'SPOUSE', 'CHILD', 'PARENT', 'OTHER']
export const ID_TYPES: readonly IdType[] = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_TAIWAN', 'FOREIGN_PERMANENT', 'OTHER']
export const LEASE_STATUSES: readonly LeaseStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'REJECTED',
  'SIGNED',
  'ACTIVE',
  'RENEWED',
  'CHANGED',
  'TERMINATED',
  'EXPIRED',
  'CANCELLED',
]
export const LEASE_KINDS: readonly LeaseKind[] = ['NEW', 'RENEWAL', 'CHANGE', 'SWAP']
export const FEE_CATEGORIES: readonly FeeCategory[] = ['RENT', 'DEPOSIT', 'PROPERTY', 'WATER', 'ELECTRICITY', 'GAS', 'PARKING', 'HEATING', 'OTHER']
export const FEE_CYCLES: readonly FeeCycle[] = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE', 'METERED']
export const AMOUNT_RULES: readonly AmountRule[] = ['FIXED', 'PER_AREA', 'METERED']
export const STEP_MODES: readonly StepMode[] = ['ANY', 'ALL']
export const APPLICATION_TYPES: readonly ApplicationType[] = ['INCOME_CHANGE', 'MEMBER_CHANGE', 'HOUSING_CHANGE', 'SWAP', 'RENEWAL']
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['PENDING', 'SUBMITTED', 'DECIDED']
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['PASS', 'CHANGE_CATEGORY', 'FAIL']
export const ACK_SECTIONS: readonly AckSection[] = ['LIABILITY', 'RETURN_CONDITIONS']

export type EnumName =
  | 'category'
  | 'householdStatus'
  | 'relation'
  | 'idType'
  | 'leaseStatus'
  | 'leaseKind'
  | 'feeCategory'
  | 'feeCycle'
  | 'amountRule'
  | 'stepMode'
  | 'stepState'
  | 'decision'
  | 'applicationType'
  | 'applicationStatus'
  | 'reviewStatus'
  | 'reviewDecision'
  | 'ackSection'

/** `leasing.enum.leaseStatus.DRAFT` */
export function enumKey(name: EnumName, value: string): string {
  return `leasing.enum.${name}.${value}`
}

/** The label of an enum value in the UI language; an unknown value as it is (a newer server). */
export function enumLabel(name: EnumName, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = enumKey(name, value)
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** Lease status colours: in progress blue/amber, live green, refused red, over grey. */
export function leaseStatusTagType(status: LeaseStatus): TagType {
  switch (status) {
    case 'DRAFT':
      return 'info'
    case 'PENDING_APPROVAL':
      return 'warning'
    case 'APPROVED':
    case 'SIGNED':
      return 'primary'
    case 'ACTIVE':
      return 'success'
    case 'REJECTED':
    case 'TERMINATED':
      return 'danger'
    default:
      return 'info'
  }
}

export function householdStatusTagType(status: HouseholdStatus): TagType {
  return status === 'ACTIVE' ? 'success' : status === 'EXITING' ? 'warning' : 'info'
}

export function applicationStatusTagType(status: ApplicationStatus): TagType {
  return status === 'SUBMITTED' ? 'warning' : status === 'APPROVED' ? 'success' : status === 'REJECTED' ? 'danger' : 'info'
}

export function reviewStatusTagType(status: ReviewStatus): TagType {
  return status === 'PENDING' ? 'info' : status === 'SUBMITTED' ? 'warning' : 'success'
}

export function reviewDecisionTagType(decision: ReviewDecision): TagType {
  return decision === 'PASS' ? 'success' : decision === 'FAIL' ? 'danger' : 'warning'
}

/** Leases that still bind the household and unit (a new lease for either is refused while one is open). */
export const OPEN_LEASE_STATUSES: readonly LeaseStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'SIGNED', 'ACTIVE', 'EXPIRED']

export function isOpenLease(status: LeaseStatus | null | undefined): boolean {
  return !!status && OPEN_LEASE_STATUSES.includes(status)
}

export type AuditScope = 'household' | 'lease' | 'feeItem'

const FIELD_ENUMS: Record<string, EnumName> = {
  eligibilityCategory: 'category',
  categoryBefore: 'category',
  categoryAfter: 'category',
  relation: 'relation',
  idType: 'idType',
  kind: 'leaseKind',
  category: 'feeCategory',
  cycle: 'feeCycle',
  rule: 'amountRule',
}

const MONEY_FIELDS = new Set(['incomeMonthly', 'monthlyRent', 'deposit', 'amount'])

/**
 * `members[1].idNumber` → 成员 2 · 证件号码; `eligibilityCategory` → 保障类别; unknown fields as they are.
 */
export function leasingFieldLabel(scope: AuditScope, field: string): string {
  const { t, te } = i18n.global
  const member = /^members\[(\d+)\]\.?(.*)$/.exec(field)
  if (member) {
    const n = Number(member[1]) + 1
    const rest = member[2]
    const inner = rest ? leasingFieldLabel('household', rest) : ''
    return inner ? `${t('leasing.household.memberN', { n })} · ${inner}` : t('leasing.household.memberN', { n })
  }
  const last = field.split('.').pop() ?? field
  for (const key of [`leasing.fields.${scope}.${field}`, `leasing.fields.${scope}.${last}`, `leasing.fields.common.${last}`]) {
    if (te(key)) return t(key)
  }
  return field
}

/**
 * Values for people: enum labels, yes/no, money with ¥ and 2 decimals, instants in Beijing time, blanks as a dash.
 * `status` is the household's or the lease's by `scope`; the household's member list (`SELF 张三 3301****1234;
 * CHILD …` as the server records it) gets its relations in words.
 */
export function leasingFieldValue(field: string, value: string | null | undefined, scope?: AuditScope): string {
  const { t } = i18n.global
  if (value === undefined || value === null || value === '') return '—'
  const last = field.split('.').pop() ?? field
  const enumName = FIELD_ENUMS[last]
  if (enumName) return enumLabel(enumName, value)
  if (last === 'status') {
    const order = scope === 'household' ? (['householdStatus', 'leaseStatus'] as const) : (['leaseStatus', 'householdStatus'] as const)
    for (const name of order) {
      if (i18n.global.te(enumKey(name, value))) return enumLabel(name, value)
    }
  }
  if (field === 'members' && scope !== 'lease') {
    return value
      .split(/;\s*/)
      .map((m) => m.replace(/^([A-Z_]+)(?=\s)/, (code) => (i18n.global.te(enumKey('relation', code)) ? enumLabel('relation', code) : code)))
      .join('；')
  }
  if (value === 'true' || value === 'false') return value === 'true' ? t('common.yes') : t('common.no')
  if (MONEY_FIELDS.has(last) && value.trim() !== '' && !Number.isNaN(Number(value))) return formatMoney(value)
  if (/At$/.test(last) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value)
  return value
}

/** `leasingFieldValue` for one kind of record, as AuditTimeline takes it. */
export function leasingFieldValueOf(scope: AuditScope): (field: string, value: string | null | undefined) => string {
  return (field, value) => leasingFieldValue(field, value, scope)
}
