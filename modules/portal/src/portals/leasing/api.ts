/**
 * The leasing capability's calls (docs/api/leasing.md): households, catalogues, leases and their approval,
 * check-in and move-out, allocation import, applications, eligibility reviews, settings, and the resident's own
 * household, leases, signing, applications and reviews.
 */
import { api, download, upload, type Query, type TransferProgress } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type {
  AckSection,
  AllocationResult,
  ApplicationApproval,
  ApplicationInput,
  ApplicationView,
  CheckInInput,
  DailyRunResult,
  FeeItem,
  FeeItemInput,
  HouseholdArchive,
  HouseholdInput,
  HouseholdSummary,
  HouseholdView,
  LeaseEvent,
  LeaseEvidence,
  LeaseInput,
  LeaseSummary,
  LeaseTypeInput,
  LeaseTypeView,
  LeaseView,
  LeasingSettings,
  MyLease,
  ResidentAccount,
  ReviewCampaign,
  ReviewDecisionInput,
  ReviewInput,
  ReviewView,
  SigningCode,
  SmsEntry,
  TemplateInput,
  TemplateView,
  TerminateInput,
} from './types'

type Progress = (p: TransferProgress) => void

export const householdsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<HouseholdSummary>>('/households', { query, signal }),
  /** With a purpose (perm pii:read) the answer is unmasked and the read is logged. */
  get: (id: number, purpose?: string) => api.get<HouseholdView>(`/households/${id}`, { query: { purpose } }),
  create: (body: HouseholdInput, idempotencyKey: string) => api.post<HouseholdView>('/households', body, { idempotencyKey }),
  update: (id: number, body: HouseholdInput) => api.put<HouseholdView>(`/households/${id}`, body),
  history: (id: number) => api.get<AuditEntry[]>(`/households/${id}/history`),
  createAccount: (id: number, memberId: number, body: { username: string; password: string }) =>
    api.post<ResidentAccount>(`/households/${id}/members/${memberId}/account`, body),
  archive: (id: number) => api.get<HouseholdArchive>(`/households/${id}/archive`),
  archivePdf: (id: number, onProgress?: Progress, signal?: AbortSignal) => download(`/households/${id}/archive.pdf`, { onProgress, signal }),
  /** Households for a chooser: the first page matching a number or a member's name. */
  search: async (q: string, size = 20) => (await householdsApi.list({ q: q.trim() || undefined, page: 1, size })).items,
}

export const feeItemsApi = {
  list: (active?: boolean) => api.get<FeeItem[]>('/fee-items', { query: { active } }),
  create: (body: FeeItemInput) => api.post<FeeItem>('/fee-items', body),
  update: (id: number, body: FeeItemInput) => api.put<FeeItem>(`/fee-items/${id}`, body),
  history: (id: number) => api.get<AuditEntry[]>(`/fee-items/${id}/history`),
}

export const templatesApi = {
  latest: () => api.get<TemplateView[]>('/contract-templates'),
  get: (id: number) => api.get<TemplateView>(`/contract-templates/${id}`),
  versions: (code: string) => api.get<TemplateView[]>(`/contract-templates/${encodeURIComponent(code)}/versions`),
  create: (body: TemplateInput) => api.post<TemplateView>('/contract-templates', body),
}

export const leaseTypesApi = {
  list: () => api.get<LeaseTypeView[]>('/lease-types'),
  create: (body: LeaseTypeInput) => api.post<LeaseTypeView>('/lease-types', body),
  update: (id: number, body: LeaseTypeInput) => api.put<LeaseTypeView>(`/lease-types/${id}`, body),
}

export const leasesApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<LeaseSummary>>('/leases', { query, signal }),
  export: (query: Query, onProgress?: Progress, signal?: AbortSignal) => download('/leases/export.xlsx', { query, onProgress, signal }),
  inbox: (page: number, size: number, signal?: AbortSignal) => api.get<Page<LeaseSummary>>('/leases/inbox', { query: { page, size }, signal }),
  get: (id: number) => api.get<LeaseView>(`/leases/${id}`),
  create: (body: LeaseInput, idempotencyKey: string) => api.post<LeaseView>('/leases', body, { idempotencyKey }),
  update: (id: number, body: LeaseInput) => api.put<LeaseView>(`/leases/${id}`, body),
  submit: (id: number, comment?: string) => api.post<LeaseView>(`/leases/${id}/submit`, comment ? { comment } : {}),
  approve: (id: number, comment?: string) => api.post<LeaseView>(`/leases/${id}/approve`, comment ? { comment } : {}),
  reject: (id: number, reason: string) => api.post<LeaseView>(`/leases/${id}/reject`, { reason }),
  return: (id: number, reason: string) => api.post<LeaseView>(`/leases/${id}/return`, { reason }),
  cancel: (id: number, reason: string) => api.post<LeaseView>(`/leases/${id}/cancel`, { reason }),
  checkIn: (id: number, body: CheckInInput) => api.post<LeaseView>(`/leases/${id}/check-in`, body),
  terminate: (id: number, body: TerminateInput) => api.post<LeaseView>(`/leases/${id}/terminate`, body),
  contractPdf: (id: number, onProgress?: Progress, signal?: AbortSignal) => download(`/leases/${id}/contract.pdf`, { onProgress, signal }),
  events: (id: number) => api.get<LeaseEvent[]>(`/leases/${id}/events`),
  history: (id: number) => api.get<AuditEntry[]>(`/leases/${id}/history`),
  evidence: (id: number) => api.get<LeaseEvidence>(`/leases/${id}/evidence`),
}

export const leasingSettingsApi = {
  get: () => api.get<LeasingSettings>('/leasing/settings'),
  update: (body: LeasingSettings) => api.put<LeasingSettings>('/leasing/settings', body),
  dailyRun: () => api.post<DailyRunResult>('/leasing/daily-run'),
}

export const allocationsApi = {
  template: (signal?: AbortSignal) => download('/allocations/template.xlsx', { signal }),
  upload: (file: Blob, fileName: string, dryRun: boolean, contentType: string, onProgress?: Progress, signal?: AbortSignal) =>
    upload<AllocationResult>('/allocations', file, { query: { fileName, dryRun }, contentType, onProgress, signal }),
}

export const applicationsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<ApplicationView>>('/applications', { query, signal }),
  approve: (id: number, body: ApplicationApproval) => api.post<ApplicationView>(`/applications/${id}/approve`, body),
  reject: (id: number, reason: string) => api.post<ApplicationView>(`/applications/${id}/reject`, { reason }),
}

export const reviewsApi = {
  campaigns: () => api.get<ReviewCampaign[]>('/review-campaigns'),
  createCampaign: (body: { year: number; name: string; deadline: string }) => api.post<ReviewCampaign>('/review-campaigns', body),
  reviews: (campaignId: number, query: Query, signal?: AbortSignal) =>
    api.get<Page<ReviewView>>(`/review-campaigns/${campaignId}/reviews`, { query, signal }),
  decide: (id: number, body: ReviewDecisionInput) => api.post<ReviewView>(`/reviews/${id}/decision`, body),
}

/** The signed-in resident's own household (perm resident:lease). */
export const myApi = {
  household: () => api.get<HouseholdView>('/my/household'),
  leases: () => api.get<LeaseSummary[]>('/my/leases'),
  lease: (id: number) => api.get<MyLease>(`/my/leases/${id}`),
  contractPdf: (id: number, onProgress?: Progress, signal?: AbortSignal) => download(`/my/leases/${id}/contract.pdf`, { onProgress, signal }),
  acknowledge: (id: number, section: AckSection) => api.post<{ section: AckSection; at: string }>(`/my/leases/${id}/acknowledgements`, { section }),
  signingCode: (id: number) => api.post<SigningCode>(`/my/leases/${id}/signing-code`),
  sign: (id: number, code: string, signature: string) => api.post<LeaseView>(`/my/leases/${id}/sign`, { code, signature }),
  applications: () => api.get<ApplicationView[]>('/my/applications'),
  apply: (body: ApplicationInput) => api.post<ApplicationView>('/my/applications', body),
  reviews: () => api.get<ReviewView[]>('/my/reviews'),
  submitReview: (id: number, body: ReviewInput) => api.put<ReviewView>(`/my/reviews/${id}`, body),
}

export const smsApi = {
  list: (phone: string, limit = 20) => api.get<SmsEntry[]>('/sms', { query: { phone, limit } }),
}
