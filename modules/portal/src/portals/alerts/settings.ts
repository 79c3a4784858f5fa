/**
 * The alert settings form: each number's allowed range (the same as the server's AlertSettings.validate, so most
 * mistakes are caught before sending; the server still answers 400 naming each bad field), the escalation order, the
 * expiry offsets and the routes.
 */
import type { AlertSettings } from './types'

export type NumberField = Exclude<keyof AlertSettings, 'expiryOffsetsDays' | 'welfareGroups' | 'routes'>

export interface NumberSpec {
  min: number
  max: number
  /** Decimal places (0: a whole number). */
  precision: number
  step: number
}

const int = (min: number, max: number): NumberSpec => ({ min, max, precision: 0, step: 1 })
const dec = (min: number, max: number, precision: number, step: number): NumberSpec => ({ min, max, precision, step })

export const NUMBER_SPECS: Record<NumberField, NumberSpec> = {
  arrearsDays: int(1, 365),
  arrearsAmount: dec(0.01, 1_000_000, 2, 100),
  nobodyLivingDays: int(3, 365),
  consumptionWindowDays: int(1, 60),
  nearZeroWaterM3: dec(0, 100, 2, 0.1),
  nearZeroElectricityKwh: dec(0, 1000, 2, 0.5),
  welfareHours: int(6, 24 * 14),
  subletWindowDays: int(7, 90),
  subletMinOpenings: int(1, 1000),
  subletOthersShare: dec(0.1, 1, 2, 0.05),
  subletOwnUnusedWeeks: int(1, 12),
  groupWindowDays: int(1, 60),
  groupCredentialsPerMember: dec(1, 20, 1, 0.5),
  groupMinDistinct: int(2, 200),
  groupWaterPerPersonDailyM3: dec(0.05, 10, 2, 0.05),
  vacantWaterM3: dec(0, 100, 2, 0.1),
  vacantElectricityKwh: dec(0, 1000, 2, 0.5),
  escalationHoursCritical: int(1, 24 * 30),
  escalationHoursHigh: int(1, 24 * 30),
  escalationHoursMedium: int(1, 24 * 30),
  escalationHoursLow: int(1, 24 * 30),
  escalationLevels: int(1, 5),
}

/** The form's groups, in the page's order. */
export const SETTINGS_SECTIONS: { id: string; fields: NumberField[] }[] = [
  { id: 'expiry', fields: ['arrearsDays', 'arrearsAmount'] },
  { id: 'occupancy', fields: ['nobodyLivingDays', 'consumptionWindowDays', 'nearZeroWaterM3', 'nearZeroElectricityKwh', 'welfareHours'] },
  {
    id: 'sublet',
    fields: ['subletWindowDays', 'subletMinOpenings', 'subletOthersShare', 'subletOwnUnusedWeeks', 'groupWindowDays', 'groupCredentialsPerMember', 'groupMinDistinct', 'groupWaterPerPersonDailyM3'],
  },
  { id: 'vacant', fields: ['vacantWaterM3', 'vacantElectricityKwh'] },
  { id: 'escalation', fields: ['escalationHoursCritical', 'escalationHoursHigh', 'escalationHoursMedium', 'escalationHoursLow', 'escalationLevels'] },
]

export type SettingsProblem =
  | { key: 'required' }
  | { key: 'integer' }
  | { key: 'range'; min: number; max: number }
  | { key: 'offsetsCount' }
  | { key: 'offsetsDistinct' }
  | { key: 'escalationOrder' }
  | { key: 'rolesRequired' }
  | { key: 'roleFormat' }

/** What is wrong with one number, or null. */
export function numberProblem(field: NumberField, value: unknown): SettingsProblem | null {
  if (value === null || value === undefined || value === '') return { key: 'required' }
  const n = Number(value)
  const spec = NUMBER_SPECS[field]
  if (!Number.isFinite(n)) return { key: 'required' }
  if (spec.precision === 0 && !Number.isInteger(n)) return { key: 'integer' }
  if (n < spec.min || n > spec.max) return { key: 'range', min: spec.min, max: spec.max }
  return null
}

export const ROLE_CODE = /^[a-z][a-z0-9_]{1,39}$/

/** Every problem of a settings document, keyed by the server's field path (`expiryOffsetsDays[1]`, `routes[0].roles`). */
export function settingsProblems(s: AlertSettings): Record<string, SettingsProblem> {
  const out: Record<string, SettingsProblem> = {}
  const offsets = s.expiryOffsetsDays ?? []
  if (offsets.length === 0 || offsets.length > 6) out.expiryOffsetsDays = { key: 'offsetsCount' }
  offsets.forEach((d, i) => {
    if (d === null || d === undefined || !Number.isInteger(Number(d)) || d < 1 || d > 365) out[`expiryOffsetsDays[${i}]`] = { key: 'range', min: 1, max: 365 }
  })
  if (!out.expiryOffsetsDays && new Set(offsets).size !== offsets.length) out.expiryOffsetsDays = { key: 'offsetsDistinct' }
  for (const f of Object.keys(NUMBER_SPECS) as NumberField[]) {
    const p = numberProblem(f, s[f])
    if (p) out[f] = p
  }
  const hours = [s.escalationHoursCritical, s.escalationHoursHigh, s.escalationHoursMedium, s.escalationHoursLow].map(Number)
  const escalationOk = !['escalationHoursCritical', 'escalationHoursHigh', 'escalationHoursMedium', 'escalationHoursLow'].some((f) => out[f])
  if (escalationOk && !(hours[0] <= hours[1] && hours[1] <= hours[2] && hours[2] <= hours[3])) out.escalationHoursHigh = { key: 'escalationOrder' }
  ;(s.routes ?? []).forEach((r, i) => {
    if (!r.roles || r.roles.length === 0) out[`routes[${i}].roles`] = { key: 'rolesRequired' }
    else if (r.roles.some((x) => !ROLE_CODE.test(x))) out[`routes[${i}].roles`] = { key: 'roleFormat' }
  })
  return out
}

/** The document to send: numbers as numbers, offsets largest first, routes with `*` and no project as they are. */
export function settingsBody(s: AlertSettings): AlertSettings {
  const num = (v: number | string) => Number(v)
  return {
    ...s,
    expiryOffsetsDays: [...s.expiryOffsetsDays].map(Number).sort((a, b) => b - a),
    arrearsAmount: num(s.arrearsAmount),
    nearZeroWaterM3: num(s.nearZeroWaterM3),
    nearZeroElectricityKwh: num(s.nearZeroElectricityKwh),
    subletOthersShare: num(s.subletOthersShare),
    groupCredentialsPerMember: num(s.groupCredentialsPerMember),
    groupWaterPerPersonDailyM3: num(s.groupWaterPerPersonDailyM3),
    vacantWaterM3: num(s.vacantWaterM3),
    vacantElectricityKwh: num(s.vacantElectricityKwh),
    routes: s.routes.map((r) => ({ type: r.type || '*', projectId: r.projectId ?? null, roles: r.roles.map((x) => x.trim()).filter((x) => x) })),
  }
}
