/** The alerts API's shapes (docs/api/alerts.md; org.anju.alerts.rest.AlertResource and AlertQueries). */

export type AlertType =
  | 'CONTRACT_EXPIRY'
  | 'ARREARS'
  | 'NOBODY_LIVING'
  | 'WELFARE'
  | 'SUBLET'
  | 'GROUP_RENTING'
  | 'VACANT_USE'
  | 'DEVICE_OFFLINE'
  | 'DEVICE_TAMPER'
  | 'DEVICE_LOW_BATTERY'
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'
export type AlertStatus = 'OPEN' | 'ACKNOWLEDGED' | 'DISPATCHED' | 'RESOLVED' | 'DISMISSED'
export type SubjectKind = 'UNIT' | 'HOUSEHOLD' | 'LEASE' | 'DEVICE' | 'PROJECT'
export type ResolveFinding = 'NORMAL' | 'CONFIRMED' | 'OTHER'
export type HistoryAction = 'OPENED' | 'EVIDENCE' | 'ACKNOWLEDGED' | 'DISPATCHED' | 'ESCALATED' | 'AUTHORITY' | 'RESOLVED' | 'DISMISSED'

export interface Alert {
  id: number
  type: AlertType
  typeName: string
  severity: Severity
  status: AlertStatus
  subjectKind: SubjectKind
  subjectId: string
  projectId: number | null
  unitId: number | null
  householdId: number | null
  leaseId: number | null
  ruleCode: string
  ruleVersion: number
  /** In the caller's language (Accept-Language). */
  explanation: string
  messageKey: string
  params: unknown[]
  openedAt: string
  deadline: string | null
  escalationLevel: number
  authority: boolean
  assigneeUserId: number | null
  dueDate: string | null
  /** NORMAL | CONFIRMED | OTHER, or AUTO when the system closed it. */
  finding: string | null
  notes: string | null
  evidenceRefs: string[] | null
  dismissReason: string | null
  closedAt: string | null
  evidenceCount: number
  lastEvidenceAt: string | null
}

export interface Evidence {
  id: number
  at: string
  severity: Severity
  ruleVersion: number
  explanation: string
  data: Record<string, unknown> | null
}

export interface HistoryEntry {
  at: string
  action: HistoryAction | string
  actor: string | null
  fromStatus: AlertStatus | null
  toStatus: AlertStatus | null
  note: string | null
}

export interface AlertDetail {
  alert: Alert
  evidence: Evidence[]
  history: HistoryEntry[]
}

export interface DispatchInput {
  assigneeUserId: number
  dueDate: string
  note?: string
}

export interface ResolveInput {
  finding: ResolveFinding
  notes?: string
  evidenceRefs?: string[]
}

export interface AlertRoute {
  type: string
  projectId: number | null
  roles: string[]
}

export interface AlertSettings {
  expiryOffsetsDays: number[]
  arrearsDays: number
  arrearsAmount: number | string
  nobodyLivingDays: number
  consumptionWindowDays: number
  nearZeroWaterM3: number | string
  nearZeroElectricityKwh: number | string
  welfareHours: number
  welfareGroups: string[]
  subletWindowDays: number
  subletMinOpenings: number
  subletOthersShare: number | string
  subletOwnUnusedWeeks: number
  groupWindowDays: number
  groupCredentialsPerMember: number | string
  groupMinDistinct: number
  groupWaterPerPersonDailyM3: number | string
  vacantWaterM3: number | string
  vacantElectricityKwh: number | string
  escalationHoursCritical: number
  escalationHoursHigh: number
  escalationHoursMedium: number
  escalationHoursLow: number
  escalationLevels: number
  routes: AlertRoute[]
}

export interface EvaluationResult {
  subjects: number
  opened: number
  evidence: number
  suppressed: number
  escalated: number
  failed: number
}

export interface CountRow {
  key: string
  open: number
}

export interface DayTrend {
  day: string
  opened: number
  resolved: number
  dismissed: number
}

export interface Indicators {
  open: number
  byType: CountRow[]
  bySeverity: CountRow[]
  byProject: CountRow[]
  trend: DayTrend[]
  escalatedToAuthority: number
}

/** The body of an `alert` live event (docs/api/alerts.md "Messages"). */
export interface AlertMessage {
  alertId: number
  type: AlertType
  severity: Severity
  status: AlertStatus
  subjectKind?: SubjectKind
  subjectId?: string
  projectId?: number | null
  unitId?: number | null
  title?: string
  explanation?: string
  escalationLevel?: number
  authority?: boolean
  deadline?: string | null
  at?: string
}
