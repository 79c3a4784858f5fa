/**
 * The finance API's shapes (docs/api/finance.md; the Java views in modules/finance are the source of truth): rent
 * standards and category rules, lease accounts, rent adjustments, billing runs, bills with lines, payments with their
 * allocations, ledger entries, the monthly report, settings, and the resident's bills and checkout.
 * Money arrives as JSON numbers with 2 decimals (CNY); periods and months are `YYYY-MM`; instants are ISO strings.
 */
import type { EligibilityCategory, FeeCategory, Money } from '@/portals/leasing/types'

export type { Money }

export type RentRuleMode = 'STANDARD' | 'DISCOUNT' | 'FIXED_RATE' | 'FIXED_AMOUNT'
export type AdjustmentStatus = 'PENDING' | 'APPROVED' | 'REJECTED'
export type RunStatus = 'RUNNING' | 'DONE' | 'FAILED'
/** WRITTEN_OFF: the rest written off as uncollectable (a reversal reopens it); CANCELLED: its charge was reversed (issued in error). */
export type BillStatus = 'OPEN' | 'PARTIAL' | 'PAID' | 'WRITTEN_OFF' | 'CANCELLED'
/** REVERSED: posted, then taken back by a reversal entry (a counter payment entered in error, a debit the bank recalled). */
export type PaymentStatus = 'CREATED' | 'PAID' | 'FAILED' | 'CLOSED' | 'REVERSED'
export type PaymentChannel = 'SANDBOX' | 'WECHAT' | 'ALIPAY' | 'UNIONPAY' | 'COUNTER' | 'DIRECT_DEBIT'
export type CounterMethod = 'CASH' | 'POS' | 'TRANSFER' | 'CHEQUE'
export type LedgerKind = 'CHARGE' | 'PAYMENT' | 'ADJUSTMENT' | 'WRITE_OFF' | 'REFUND' | 'REVERSAL'

export interface RentStandard {
  id: number
  projectId: number
  year: number
  /** CNY per m² per month */
  pricePerSqm: Money
  note?: string | null
  updatedAt: string
}

export interface RentStandardInput {
  projectId: number
  year: number
  pricePerSqm: number
  note?: string
}

export interface RentRule {
  id: number
  category: EligibilityCategory
  mode: RentRuleMode
  value?: Money | null
  note?: string | null
}

export interface RentRuleInput {
  mode: RentRuleMode
  value?: number
  note?: string
}

export interface CalculationInput {
  year: number
  projectId?: number
  reason: string
}

export interface Calculation {
  year: number
  proposed: number
  unchanged: number
  /** Lease numbers without a standard for the year. */
  skipped: string[]
}

export interface LeaseAccount {
  leaseId: number
  leaseNumber: string
  householdId: number
  householdNumber: string
  payerName: string
  unitId: number
  unitLabel: string
  projectId: number
  area: Money
  monthlyRent: Money
  deposit: Money
  eligibilityCategory?: EligibilityCategory | null
  startDate: string
  endDate: string
  billingUntil?: string | null
  active: boolean
  /** > 0 owed, < 0 credit */
  balance: Money
}

export interface Adjustment {
  id: number
  leaseId: number
  leaseNumber?: string | null
  oldRent: Money
  newRent: Money
  /** `YYYY-MM` */
  effectiveFrom: string
  reason: string
  /** The calculation written out, e.g. `45.50 ㎡ × 15.00 元/㎡·月 × 60% = 409.50` */
  basis?: string | null
  status: AdjustmentStatus
  requestedBy: string
  requestedAt: string
  decidedBy?: string | null
  decidedAt?: string | null
  decisionNote?: string | null
}

export interface BillingRun {
  id: number
  period: string
  status: RunStatus
  leases: number
  created: number
  amount: Money
  failure?: string | null
  actor: string
  startedAt: string
  finishedAt?: string | null
}

export interface BillLine {
  category: FeeCategory | string
  name: string
  amount: Money
}

export interface Bill {
  id: number
  number: string
  leaseId: number
  leaseNumber?: string | null
  unitLabel?: string | null
  payerName?: string | null
  period: string
  dueDate: string
  amount: Money
  paid: Money
  outstanding: Money
  status: BillStatus
  daysOverdue: number
  pushedAt?: string | null
  lines: BillLine[]
}

export interface Allocation {
  billId: number
  billNumber: string
  period: string
  amount: Money
}

export interface Payment {
  id: number
  orderNo: string
  leaseId: number
  channel: PaymentChannel
  method?: CounterMethod | null
  amount: Money
  status: PaymentStatus
  receiptNo?: string | null
  payer: string
  note?: string | null
  createdAt: string
  paidAt?: string | null
  allocations: Allocation[]
  /** What the payment left over as credit for the next bills. */
  credit: Money
}

export interface CounterPaymentInput {
  leaseId: number
  amount: number
  method: CounterMethod
  receiptNo: string
  note?: string
}

export interface LedgerEntry {
  id: number
  postedAt: string
  month: string
  kind: LedgerKind
  leaseId: number
  billId?: number | null
  paymentId?: number | null
  reversesId?: number | null
  /** + charges and refunds, − payments and write-offs */
  amount: Money
  memo?: string | null
  actor: string
}

export interface MonthlyReportRow {
  projectId: number
  month: string
  charged: Money
  collected: Money
  balance: Money
  /** Percent with one decimal; null when nothing was charged. */
  collectionRate?: Money | null
}

export interface FinanceSettings {
  dueDay: number
  dunningOffsets: number[]
}

/** GET /my/bills */
export interface MyFinance {
  outstanding: Money
  credit: Money
  bills: Bill[]
}

/** POST /my/payments */
export interface Checkout {
  orderNo: string
  amount: Money
  channel: PaymentChannel
  /** `/o/<code>/pay/<orderNo>`: the sandbox cashier page of this portal. */
  payUrl: string
  expiresAt: string
}

/** Aging buckets of the arrears report (days overdue of the oldest unpaid bill). */
export type AgingBucket = 'D1_30' | 'D31_90' | 'D91_180' | 'OVER_180'
export type DepositStatus = 'HELD' | 'SETTLING' | 'SETTLED' | 'CLOSED' | 'REFUNDED'
export type BatchStatus = 'EXPORTED' | 'PARTLY_SETTLED' | 'SETTLED'
export type DebitLineStatus = 'PENDING' | 'PAID' | 'FAILED'
export type ConfigurableChannel = 'WECHAT' | 'ALIPAY' | 'UNIONPAY'

/** One lease of GET /finance/arrears. */
export interface ArrearsRow {
  leaseId: number
  leaseNumber: string
  householdId: number
  payerName: string
  unitLabel: string
  projectId: number
  d1To30: Money
  d31To90: Money
  d91To180: Money
  over180: Money
  total: Money
  oldestDue: string
  daysOverdue: number
  bucket: AgingBucket
  lastDunningLevel?: number | null
}

/** GET /finance/arrears: totals per bucket and the leases. */
export interface ArrearsReport {
  asOf: string
  leases: number
  d1To30: Money
  d31To90: Money
  d91To180: Money
  over180: Money
  total: Money
  rows: ArrearsRow[]
}

/** A dunning notice as sent (GET /finance/dunning). */
export interface DunningNotice {
  id: number
  leaseId: number
  billId: number
  level: number
  offsetDays: number
  daysOverdue: number
  amount: Money
  /** Comma separated: APP, SMS, ROLES… */
  channels: string
  title: string
  body: string
  sentAt: string
}

/** POST /finance/daily-run */
export interface DailyRunResult {
  asOf: string
  inArrears: number
  sent: number
}

export interface Deduction {
  item: string
  amount: Money
}

/** GET /finance/accounts/{leaseId}/deposit */
export interface Deposit {
  leaseId: number
  amount: Money
  status: DepositStatus
  method?: CounterMethod | null
  receiptNo?: string | null
  receivedAt?: string | null
  moveOutOn?: string | null
  checklist?: string | null
  deductions: Deduction[]
  deducted?: Money | null
  toArrears?: Money | null
  refund?: Money | null
  settledBy?: string | null
  settledAt?: string | null
  refundReference?: string | null
  refundedAt?: string | null
}

export interface DepositInput {
  amount?: number
  method: CounterMethod
  receiptNo: string
}

export interface SettlementInput {
  deductions: { item: string; amount: number }[]
  applyToArrears?: boolean
}

/** A direct debit mandate as shown: the account masked. */
export interface Mandate {
  leaseId: number
  bankName: string
  /** masked */
  accountHolder: string
  /** `**** **** 1234` */
  account: string
  signedOn: string
  active: boolean
}

export interface MandateInput {
  bankName: string
  accountHolder: string
  accountNo: string
  signedOn: string
}

export interface DebitLine {
  seq: number
  leaseId: number
  leaseNumber: string
  payerName: string
  amount: Money
  status: DebitLineStatus
  reason?: string | null
  bankTxn?: string | null
  paymentId?: number | null
}

/** A direct debit batch (DD<yyyymm>-<id>). */
export interface DebitBatch {
  id: number
  number: string
  period: string
  status: BatchStatus
  items: number
  total: Money
  paid: number
  failed: number
  createdBy: string
  createdAt: string
  resultAt?: string | null
  lines: DebitLine[]
}

/** POST /finance/debit-batches/{id}/result */
export interface DebitImportResult {
  batch: string
  paid: number
  failed: number
  unchanged: number
}

/** A payment channel's settings (keys never shown). */
export interface ChannelConfig {
  channel: ConfigurableChannel
  merchantId: string
  publicKeyFingerprint?: string | null
  apiKeySet: boolean
  enabled: boolean
  updatedBy?: string | null
  updatedAt?: string | null
}

export interface ChannelInput {
  merchantId: string
  publicKeyPem: string
  apiKey?: string
  enabled?: boolean
}

/** POST /bills/{id}/write-off and POST /ledger/{entryId}/reversal (finance:approve): why, 1–200 characters. */
export interface CorrectionInput {
  reason: string
}

/** What a daily reconciliation finds to look at (the first two unbalance the day). */
export type DiscrepancyKind = 'PAID_NOT_POSTED' | 'POSTED_MISMATCH' | 'ORDER_PENDING' | 'CALLBACK_REFUSED' | 'CALLBACK_REJECTED'

/** One channel's day: what the payments say they took against what the ledger posted for them. */
export interface ReconciliationChannel {
  channel: PaymentChannel | string
  payments: number
  paid: Money
  posted: number
  postedAmount: Money
  refunded: Money
  reversed: Money
  /** postedAmount − refunded − reversed */
  net: Money
  matched: boolean
}

/** The day's ledger entries of one kind (signed sum). */
export interface ReconciliationMovement {
  kind: LedgerKind | string
  entries: number
  amount: Money
}

/** The payment channels' notifications of the day. */
export interface CallbackCounts {
  received: number
  verified: number
  posted: number
  duplicates: number
  refused: number
}

export interface Discrepancy {
  kind: DiscrepancyKind | string
  orderNo?: string | null
  channel?: PaymentChannel | string | null
  amount?: Money | null
  at?: string | null
  /** POSTED_MISMATCH: the amount the ledger posted; callbacks: the reason they were refused. */
  detail?: string | null
}

/** GET /finance/reconciliation?date=YYYY-MM-DD */
export interface ReconciliationReport {
  date: string
  channels: ReconciliationChannel[]
  openingBalance: Money
  movements: ReconciliationMovement[]
  closingBalance: Money
  callbacks: CallbackCounts
  discrepancies: Discrepancy[]
  balanced: boolean
}
