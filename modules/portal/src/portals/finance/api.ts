/**
 * The finance capability's calls (docs/api/finance.md): rent standards and category rules, the yearly calculation,
 * rent adjustments, lease accounts, billing runs, bills, payments (counter, receipts), the ledger, the monthly report
 * and settings; and the resident's bills, checkout, sandbox cashier, payments and receipts.
 */
import { api, download, upload, type Query, type TransferProgress } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type {
  Adjustment,
  Bill,
  BillingRun,
  Calculation,
  ArrearsReport,
  ChannelConfig,
  ChannelInput,
  ConfigurableChannel,
  DailyRunResult,
  DebitBatch,
  DebitImportResult,
  Deposit,
  DepositInput,
  DunningNotice,
  Mandate,
  MandateInput,
  SettlementInput,
  CalculationInput,
  Checkout,
  CorrectionInput,
  CounterPaymentInput,
  FinanceSettings,
  LeaseAccount,
  LedgerEntry,
  MonthlyReportRow,
  MyFinance,
  Payment,
  RentRule,
  RentRuleInput,
  RentStandard,
  RentStandardInput,
  ReconciliationReport,
} from './types'

type Progress = (p: TransferProgress) => void

/** Order numbers may hold characters such as `+`: always sent encoded in a path. */
const order = (orderNo: string) => encodeURIComponent(orderNo)

export const rentApi = {
  standards: (query: { projectId?: number; year?: number } = {}) => api.get<RentStandard[]>('/finance/rent-standards', { query }),
  putStandard: (body: RentStandardInput) => api.put<RentStandard>('/finance/rent-standards', body),
  rules: () => api.get<RentRule[]>('/finance/rent-rules'),
  putRule: (category: string, body: RentRuleInput) => api.put<RentRule>(`/finance/rent-rules/${category}`, body),
  calculate: (body: CalculationInput) => api.post<Calculation>('/finance/rent-calculations', body),
  adjustments: (query: Query = {}, signal?: AbortSignal) => api.get<Adjustment[]>('/finance/adjustments', { query, signal }),
  propose: (leaseId: number, body: { newRent: number; reason: string; effectiveFrom?: string }) => api.post<Adjustment>(`/finance/accounts/${leaseId}/adjustments`, body),
  approve: (id: number, note?: string) => api.post<Adjustment>(`/finance/adjustments/${id}/approve`, note ? { note } : {}),
  reject: (id: number, note?: string) => api.post<Adjustment>(`/finance/adjustments/${id}/reject`, note ? { note } : {}),
}

export const accountsApi = {
  get: (leaseId: number) => api.get<LeaseAccount>(`/finance/accounts/${leaseId}`),
  history: (leaseId: number) => api.get<AuditEntry[]>(`/finance/accounts/${leaseId}/history`),
  sync: () => api.post<{ opened: number }>('/finance/accounts/sync'),
}

export const billingApi = {
  start: (period: string) => api.post<BillingRun>('/billing-runs', { period }),
  runs: () => api.get<BillingRun[]>('/billing-runs'),
  run: (id: number, signal?: AbortSignal) => api.get<BillingRun>(`/billing-runs/${id}`, { signal }),
}

export const billsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Bill>>('/bills', { query, signal }),
  get: (id: number) => api.get<Bill>(`/bills/${id}`),
  /** finance:approve: writes off what is still owed (a WRITE_OFF entry); answers the bill, now WRITTEN_OFF. 409 bill-not-open. */
  writeOff: (id: number, body: CorrectionInput) => api.post<Bill>(`/bills/${id}/write-off`, body),
}

export const paymentsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Payment>>('/payments', { query, signal }),
  get: (id: number) => api.get<Payment>(`/payments/${id}`),
  counter: (body: CounterPaymentInput) => api.post<Payment>('/payments/counter', body),
  receipt: (id: number, onProgress?: Progress, signal?: AbortSignal) => download(`/payments/${id}/receipt.pdf`, { onProgress, signal }),
}

export const ledgerApi = {
  entries: (query: { leaseId?: number; householdId?: number; month?: string }, signal?: AbortSignal) =>
    api.get<LedgerEntry[]>('/ledger', { query, signal }),
  monthly: (query: { month?: string; projectId?: number }, signal?: AbortSignal) =>
    api.get<MonthlyReportRow[]>('/finance/reports/monthly', { query, signal }),
  /**
   * finance:approve: reverses a CHARGE, WRITE_OFF or counter/direct-debit PAYMENT with a REVERSAL entry of the opposite
   * amount; answers that entry (a retry answers the same one). 409 entry-not-reversible, payment-not-reversible, …
   */
  reverse: (entryId: number, body: CorrectionInput) => api.post<LedgerEntry>(`/ledger/${entryId}/reversal`, body),
}

/** The daily reconciliation (finance:read): channels against the ledger, the roll-forward, what to look at. */
export const reconciliationApi = {
  report: (date: string | undefined, signal?: AbortSignal) => api.get<ReconciliationReport>('/finance/reconciliation', { query: { date }, signal }),
  xlsx: (date: string | undefined, onProgress?: Progress, signal?: AbortSignal) =>
    download('/finance/reconciliation.xlsx', { query: { date }, onProgress, signal }),
}

export const financeSettingsApi = {
  get: () => api.get<FinanceSettings>('/finance/settings'),
  update: (body: FinanceSettings) => api.put<FinanceSettings>('/finance/settings', body),
}

/** The signed-in resident's own bills and payments (perm resident:pay). */
export const myFinanceApi = {
  bills: () => api.get<MyFinance>('/my/bills'),
  bill: (id: number) => api.get<Bill>(`/my/bills/${id}`),
  checkout: (billIds: number[]) => api.post<Checkout>('/my/payments', { billIds, channel: 'SANDBOX' }),
  payments: () => api.get<Payment[]>('/my/payments'),
  /** The reminders about overdue bills the household was sent, newest first. */
  dunning: () => api.get<DunningNotice[]>('/my/dunning'),
  payment: (orderNo: string) => api.get<Payment>(`/my/payments/${order(orderNo)}`),
  /** The sandbox cashier: confirm (SUCCESS) or cancel (FAILED); the channel then notifies the platform, signed. */
  sandbox: (orderNo: string, result: 'SUCCESS' | 'FAILED') => api.post<Payment>(`/my/payments/${order(orderNo)}/sandbox`, undefined, { query: { result } }),
  receipt: (orderNo: string, onProgress?: Progress, signal?: AbortSignal) => download(`/my/payments/${order(orderNo)}/receipt.pdf`, { onProgress, signal }),
}

/** Arrears by age and dunning (R6.4d). */
export const arrearsApi = {
  report: (query: { projectId?: number } = {}, signal?: AbortSignal) => api.get<ArrearsReport>('/finance/arrears', { query, signal }),
  dunning: (query: { leaseId?: number; householdId?: number }) => api.get<DunningNotice[]>('/finance/dunning', { query }),
  /** finance:admin: bill the month if not billed and send the dunning due, now. */
  dailyRun: () => api.post<DailyRunResult>('/finance/daily-run'),
}

/** A lease's deposit: received, settled at move-out, refunded (404 until there is one). */
export const depositApi = {
  get: (leaseId: number) => api.get<Deposit>(`/finance/accounts/${leaseId}/deposit`),
  receive: (leaseId: number, body: DepositInput) => api.post<Deposit>(`/finance/accounts/${leaseId}/deposit`, body),
  settle: (leaseId: number, body: SettlementInput) => api.post<Deposit>(`/finance/accounts/${leaseId}/deposit/settle`, body),
  refund: (leaseId: number, reference: string) => api.post<Deposit>(`/finance/accounts/${leaseId}/deposit/refund`, { reference }),
}

/** Bank direct debit (委托代扣, R6.4b): mandates, monthly batches, the bank's files. */
export const debitApi = {
  mandate: (leaseId: number) => api.get<Mandate>(`/finance/accounts/${leaseId}/mandate`),
  putMandate: (leaseId: number, body: MandateInput) => api.put<Mandate>(`/finance/accounts/${leaseId}/mandate`, body),
  revokeMandate: (leaseId: number) => api.delete<void>(`/finance/accounts/${leaseId}/mandate`),
  batches: () => api.get<DebitBatch[]>('/finance/debit-batches'),
  batch: (id: number) => api.get<DebitBatch>(`/finance/debit-batches/${id}`),
  create: (period: string) => api.post<DebitBatch>('/finance/debit-batches', { period }),
  /** The bank's collection file (clear account numbers: the server logs each export). */
  file: (id: number, onProgress?: Progress, signal?: AbortSignal) => download(`/finance/debit-batches/${id}/file.csv`, { onProgress, signal }),
  /** The bank's result file, sent as it is (text/csv). */
  result: (id: number, csv: string) =>
    upload<DebitImportResult>(`/finance/debit-batches/${id}/result`, new Blob([csv], { type: 'text/csv;charset=UTF-8' }), { contentType: 'text/csv; charset=UTF-8' }),
}

/** The operator's payment channels (R6.4b). */
export const channelsApi = {
  list: () => api.get<ChannelConfig[]>('/finance/channels'),
  put: (channel: ConfigurableChannel, body: ChannelInput) => api.put<ChannelConfig>(`/finance/channels/${channel}`, body),
}

/** The financial archive of a household as an Excel workbook (R7.4d). */
export const financeArchiveApi = {
  xlsx: (householdId: number, onProgress?: Progress, signal?: AbortSignal) => download(`/finance/households/${householdId}/archive.xlsx`, { onProgress, signal }),
}
