/** The alerts API (docs/api/alerts.md). */
import { api, download, type Query, type TransferProgress } from '@/app/api'
import type { Page } from '@/app/types'
import type { Alert, AlertDetail, AlertSettings, DispatchInput, EvaluationResult, Indicators, ResolveInput } from './types'

export const alertsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Alert>>('/alerts', { query, signal }),
  xlsx: (query: Query, onProgress?: (p: TransferProgress) => void, signal?: AbortSignal) =>
    download('/alerts.xlsx', { query, onProgress, signal }),
  get: (id: number, signal?: AbortSignal) => api.get<AlertDetail>(`/alerts/${id}`, { signal }),
  acknowledge: (id: number, note?: string) => api.post<Alert>(`/alerts/${id}/acknowledge`, note ? { note } : {}),
  dispatch: (id: number, body: DispatchInput) => api.post<Alert>(`/alerts/${id}/dispatch`, body),
  resolve: (id: number, body: ResolveInput) => api.post<Alert>(`/alerts/${id}/resolve`, body),
  dismiss: (id: number, reason: string) => api.post<Alert>(`/alerts/${id}/dismiss`, { reason }),
  settings: () => api.get<AlertSettings>('/alerts/settings'),
  saveSettings: (body: Partial<AlertSettings>) => api.put<AlertSettings>('/alerts/settings', body),
  evaluate: () => api.post<EvaluationResult>('/alerts/evaluation'),
  indicators: (days = 30, signal?: AbortSignal) => api.get<Indicators>('/alerts/indicators', { query: { days }, signal }),
}
