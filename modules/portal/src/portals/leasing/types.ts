/**
 * The leasing API's shapes (docs/api/leasing.md): households and members, catalogues (fee items, contract templates,
 * lease types), leases with their approval, signature, check-in and move-out, allocation import, applications,
 * eligibility reviews, and the resident's own views. ID numbers and phones always arrive masked unless a `pii:read`
 * holder asked with a purpose.
 */
import type { AuditEntry } from '@/app/types'

/** 保障类别 */
export type EligibilityCategory = 'SUBSISTENCE' | 'LOW_INCOME' | 'NEW_GRADUATE' | 'MIGRANT_WORKER' | 'TALENT' | 'OTHER'
export type HouseholdStatus = 'ACTIVE' | 'EXITING' | 'MOVED_OUT'
export type Relation = 'SELF' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER'
export type IdType = 'RESIDENT_ID' | 'PASSPORT' | 'HK_MACAO_TAIWAN' | 'FOREIGN_PERMANENT' | 'OTHER'

/** Money arrives as a JSON number with 2 decimals; a decimal string is accepted too. */
export type Money = number | string

export interface HouseholdLeaseRef {
  id: number
  number: string
  unitId: number
  unitLabel: string
  status: LeaseStatus
  endDate: string
}

export interface HouseholdSummary {
  id: number
  number: string
  applicantName: string
  applicantIdNumber: string
  applicantPhone: string
  memberCount: number
  eligibilityCategory: EligibilityCategory
  status: HouseholdStatus
  elderlyAlone: boolean
  disabled: boolean
  seriousIllness: boolean
  lease?: HouseholdLeaseRef | null
}

export interface MemberView {
  id: number
  relation: Relation
  name: string
  idType: IdType
  idNumber: string
  phone?: string | null
  birthDate?: string | null
  employer?: string | null
  applicant: boolean
  hasAccount: boolean
}

export interface HouseholdView {
  id: number
  number: string
  eligibilityCategory: EligibilityCategory
  incomeMonthly?: Money | null
  housingSituation?: string | null
  elderlyAlone: boolean
  disabled: boolean
  seriousIllness: boolean
  notes?: string | null
  status: HouseholdStatus
  masked: boolean
  members: MemberView[]
  createdAt: string
  updatedAt: string
  version: number
}

export interface MemberInput {
  /** Set for a member that already exists. */
  id?: number
  relation: Relation
  name: string
  idType: IdType
  /** null on an existing member keeps the stored value. */
  idNumber?: string | null
  phone?: string | null
  birthDate?: string | null
  employer?: string | null
  applicant: boolean
}

export interface HouseholdInput {
  eligibilityCategory: EligibilityCategory
  incomeMonthly?: number
  housingSituation?: string
  elderlyAlone?: boolean
  disabled?: boolean
  seriousIllness?: boolean
  notes?: string
  members: MemberInput[]
  /** PUT only: goes into the revision history. */
  reason?: string
}

export interface ResidentAccount {
  userId: number
  username: string
}

export interface LeaseEvent {
  from?: LeaseStatus | null
  to: LeaseStatus
  at: string
  actor: string
  reason?: string | null
}

export interface ArchiveEvent extends LeaseEvent {
  leaseId: number
  leaseNumber: string
}

/** 一户一档 (R7.4b). */
export interface HouseholdArchive {
  household: HouseholdView
  revisions: AuditEntry[]
  leases: LeaseSummary[]
  events: ArchiveEvent[]
  reviews: ReviewView[]
  applications: ApplicationView[]
  /** Tables other capabilities add (finance: summary, bills, payments, adjustments, dunning — R7.4d). */
  sections?: ArchiveSection[]
}

/** A table another capability adds to the archive: localized title and headers, rows of display strings. */
export interface ArchiveSection {
  key: string
  title: string
  headers: string[]
  rows: (string | null)[][]
}

/** 费用项目 (R6.3b). */
export type FeeCategory = 'RENT' | 'DEPOSIT' | 'PROPERTY' | 'WATER' | 'ELECTRICITY' | 'GAS' | 'PARKING' | 'HEATING' | 'OTHER'
export type FeeCycle = 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'ONCE' | 'METERED'
export type AmountRule = 'FIXED' | 'PER_AREA' | 'METERED'

export interface FeeItem {
  id: number
  code: string
  name: string
  category: FeeCategory
  cycle: FeeCycle
  rule: AmountRule
  amount: Money
  unit?: string | null
  active: boolean
}

export type FeeItemInput = Omit<FeeItem, 'id' | 'amount'> & { amount: number }

export interface TemplateView {
  id: number
  code: string
  version: number
  title: string
  body: string
  liabilityClauses: string
  returnConditions: string
  createdBy: string
  createdAt: string
}

export interface TemplateInput {
  code: string
  title: string
  body: string
  liabilityClauses: string
  returnConditions: string
}

/** ANY 任一: one approval by a holder of any named role; ALL 会签: one approval per named role. */
export type StepMode = 'ANY' | 'ALL'

export interface LeaseTypeStep {
  stepNo: number
  name: string
  roles: string[]
  mode: StepMode
}

export interface LeaseTypeView {
  id: number
  code: string
  name: string
  templateCode: string
  defaultTermMonths: number
  active: boolean
  steps: LeaseTypeStep[]
}

export type LeaseTypeInput = Omit<LeaseTypeView, 'id'>

export type LeaseStatus =
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'APPROVED'
  | 'REJECTED'
  | 'SIGNED'
  | 'ACTIVE'
  | 'RENEWED'
  | 'CHANGED'
  | 'TERMINATED'
  | 'EXPIRED'
  | 'CANCELLED'
export type LeaseKind = 'NEW' | 'RENEWAL' | 'CHANGE' | 'SWAP'

export interface LeaseSummary {
  id: number
  number: string
  kind: LeaseKind
  status: LeaseStatus
  householdId: number
  householdNumber: string
  applicantName: string
  unitId: number
  unitLabel: string
  leaseTypeName: string
  startDate: string
  endDate: string
  monthlyRent: Money
  updatedAt: string
}

export interface LeaseFeeInput {
  feeItemId: number
  amount?: number
}

export interface LeaseInput {
  householdId?: number
  unitId?: number
  leaseTypeCode?: string
  startDate: string
  endDate?: string
  monthlyRent: number
  deposit: number
  rentCategory?: string
  fees?: LeaseFeeInput[]
}

export type Decision = 'APPROVE' | 'REJECT' | 'RETURN'
export type StepState = 'WAITING' | 'CURRENT' | 'DONE'

export interface ApprovalDecision {
  role: string
  decision: Decision
  actor: string
  reason?: string | null
  at: string
}

export interface ApprovalStep {
  stepNo: number
  name: string
  roles: string[]
  mode: StepMode
  state: StepState
  decisions: ApprovalDecision[]
}

export interface Approval {
  round: number
  currentStep?: number | null
  steps: ApprovalStep[]
}

export type AckSection = 'LIABILITY' | 'RETURN_CONDITIONS'

export interface Acknowledgement {
  section: AckSection
  at: string
  ip?: string | null
  userAgent?: string | null
}

export interface Signature {
  signedAt: string
  signerName: string
  pdfSha256: string
  provider: string
}

export interface CheckIn {
  movedInOn: string
  at: string
  actor: string
  memberIds: number[]
  emergencyContact?: string | null
  notes?: string | null
}

export interface MoveOutChecklist {
  keysReturned: boolean
  devicesIntact: boolean
  metersRead: boolean
  feesSettled: boolean
  damages?: string | null
  notes?: string | null
}

/** What the server keeps of a move-out: the checklist and whatever else it records (reason, date, unit status…). */
export type MoveOut = Partial<MoveOutChecklist> & { [key: string]: unknown }

export interface LeaseFee {
  feeItemId: number
  name: string
  category: FeeCategory
  cycle: FeeCycle
  amount: Money
}

export interface LeaseView {
  id: number
  number: string
  kind: LeaseKind
  status: LeaseStatus
  allowedNext: LeaseStatus[]
  householdId: number
  householdNumber: string
  applicantName: string
  unitId: number
  unitLabel: string
  unitArea?: Money | null
  unitLayout?: string | null
  projectId?: number | null
  leaseType: { id: number; code: string; name: string }
  template: { id: number; code: string; version: number; title: string }
  previousLeaseId?: number | null
  startDate: string
  endDate: string
  monthlyRent: Money
  deposit: Money
  rentCategory?: string | null
  fees: LeaseFee[]
  approval?: Approval | null
  acknowledgements: Acknowledgement[]
  signature?: Signature | null
  checkIn?: CheckIn | null
  endReason?: string | null
  moveOut?: MoveOut | null
  signedAt?: string | null
  activatedAt?: string | null
  endedAt?: string | null
  createdAt: string
  updatedAt: string
}

export interface LeaseEvidence {
  signedAt: string
  signerName: string
  signerUserId: number
  ip?: string | null
  userAgent?: string | null
  pdfSha256: string
  provider: string
  codeSentTo?: string | null
  acknowledgements: Acknowledgement[]
  evidence?: Record<string, unknown> | null
}

export interface CheckInInput {
  movedInOn: string
  memberIds: number[]
  emergencyContact?: string
  notes?: string
}

export type VacatedUnitStatus = 'VACANT' | 'UNDER_REPAIR'

export interface TerminateInput {
  reason: string
  moveOutOn: string
  unitStatus: VacatedUnitStatus
  checklist: MoveOutChecklist
}

export interface LeasingSettings {
  reminderOffsets: number[]
}

export interface DailyRunResult {
  reminded: number
  expired: number
}

/** 配租 (R6.2a1). */
export interface AllocationError {
  row: number
  field: string
  message: string
}

export interface AllocationCreated {
  row: number
  householdId: number
  householdNumber: string
  leaseId: number
  leaseNumber: string
  unitLabel: string
}

export interface AllocationResult {
  dryRun: boolean
  rows: number
  created: AllocationCreated[]
  errors: AllocationError[]
}

export type ApplicationType = 'INCOME_CHANGE' | 'MEMBER_CHANGE' | 'HOUSING_CHANGE' | 'SWAP' | 'RENEWAL'
export type ApplicationStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'

export interface ApplicationView {
  id: number
  householdId: number
  householdNumber: string
  applicantName: string
  leaseId?: number | null
  leaseNumber?: string | null
  unitLabel?: string | null
  type: ApplicationType
  status: ApplicationStatus
  reason?: string | null
  details?: Record<string, unknown> | null
  submittedBy: string
  submittedAt: string
  decidedBy?: string | null
  decidedAt?: string | null
  decisionReason?: string | null
  newLeaseId?: number | null
}

export interface ApplicationInput {
  type: ApplicationType
  reason: string
  incomeMonthly?: number
  housingSituation?: string
  members?: MemberInput[]
  preferredProjectId?: number
  preferredLayout?: string
  renewalMonths?: number
}

export interface ApplicationApproval {
  reason?: string
  unitId?: number
  monthlyRent?: number
  endDate?: string
  eligibilityCategory?: EligibilityCategory
}

export type ReviewStatus = 'PENDING' | 'SUBMITTED' | 'DECIDED'
export type ReviewDecision = 'PASS' | 'CHANGE_CATEGORY' | 'FAIL'

export interface ReviewCampaign {
  id: number
  year: number
  name: string
  deadline: string
  status: 'OPEN' | 'CLOSED'
  counts: Partial<Record<ReviewStatus, number>>
}

export interface ReviewView {
  id: number
  campaignId: number
  year: number
  householdId: number
  householdNumber: string
  applicantName: string
  status: ReviewStatus
  categoryBefore: EligibilityCategory
  incomeMonthly?: Money | null
  memberCount?: number | null
  housingSituation?: string | null
  statement?: string | null
  submittedAt?: string | null
  decision?: ReviewDecision | null
  categoryAfter?: EligibilityCategory | null
  reason?: string | null
  decidedBy?: string | null
  decidedAt?: string | null
  /** Not in the contract's list, but shown when the server sends it. */
  deadline?: string | null
}

export interface ReviewDecisionInput {
  decision: ReviewDecision
  categoryAfter?: EligibilityCategory
  reason?: string
}

export interface ReviewInput {
  incomeMonthly: number
  memberCount: number
  housingSituation: string
  statement?: string
}

/** The contract text of a lease, filled from the lease (GET /my/leases/{id}). */
export interface ContractText {
  title: string
  body: string
  liabilityClauses: string
  returnConditions: string
}

/**
 * The resident's own lease (GET /my/leases/{id}): the lease, its filled contract, the sections this resident has
 * acknowledged, and whether they may sign now (APPROVED, the main applicant, not signed yet).
 */
export interface MyLease {
  lease: LeaseView
  contract: ContractText
  acknowledged: AckSection[]
  canSign: boolean
}

export interface SigningCode {
  sentTo: string
  expiresAt: string
  /** An instant (or seconds from now) before which no new code is sent. */
  resendAfter: string | number
}

export interface SmsEntry {
  id: number
  phone: string
  purpose: string
  body: string
  channel: string
  createdAt: string
}
