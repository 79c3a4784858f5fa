/** The housing capability's calls (docs/api/housing.md): projects, buildings, units, board, imports, roster. */
import { api, download, upload, type Query, type TransferProgress } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type {
  BuildingInput,
  BuildingView,
  HousingSettings,
  ImportJob,
  ImportMode,
  ProjectInput,
  ProjectSummary,
  ProjectView,
  PublicProject,
  PublicServiceWindow,
  ServiceWindow,
  StaffInput,
  StaffingRow,
  StaffMember,
  StatusBoard,
  StatusChange,
  UnitArchive,
  UnitInput,
  UnitStatus,
  UnitView,
} from './types'

export interface ProjectFilter {
  q?: string
  divisionCode?: string
}

export interface StaffFilter {
  q?: string
  projectId?: number
  active?: boolean
}

export const projectsApi = {
  list: (filter: ProjectFilter, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<ProjectSummary>>('/projects', { query: { ...filter, page, size }, signal }),
  get: (id: number) => api.get<ProjectView>(`/projects/${id}`),
  create: (body: ProjectInput, idempotencyKey: string) => api.post<ProjectView>('/projects', body, { idempotencyKey }),
  update: (id: number, body: ProjectInput) => api.put<ProjectView>(`/projects/${id}`, body),
  updateServiceWindow: (id: number, body: ServiceWindow) => api.put<ProjectView>(`/projects/${id}/service-window`, body),
  delete: (id: number) => api.delete<void>(`/projects/${id}`),
  history: (id: number) => api.get<AuditEntry[]>(`/projects/${id}/history`),
  statusBoard: (id: number, query: Query, signal?: AbortSignal) =>
    api.get<StatusBoard>(`/projects/${id}/status-board`, { query, signal }),
  /** Every project for choosers (the API pages at most 200 at a time). */
  async all(): Promise<ProjectSummary[]> {
    const out: ProjectSummary[] = []
    for (let page = 1; page <= 50; page++) {
      const r = await projectsApi.list({}, page, 200)
      out.push(...r.items)
      if (r.items.length < 200 || out.length >= r.total) break
    }
    return out
  },
}

export const buildingsApi = {
  list: (projectId: number) => api.get<BuildingView[]>(`/projects/${projectId}/buildings`),
  create: (projectId: number, body: BuildingInput, idempotencyKey: string) =>
    api.post<BuildingView>(`/projects/${projectId}/buildings`, body, { idempotencyKey }),
  get: (id: number) => api.get<BuildingView>(`/buildings/${id}`),
  update: (id: number, body: BuildingInput) => api.put<BuildingView>(`/buildings/${id}`, body),
  delete: (id: number) => api.delete<void>(`/buildings/${id}`),
  history: (id: number) => api.get<AuditEntry[]>(`/buildings/${id}/history`),
}

export const unitsApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<UnitView>>('/units', { query, signal }),
  get: (id: number) => api.get<UnitView>(`/units/${id}`),
  create: (body: UnitInput, idempotencyKey: string) => api.post<UnitView>('/units', body, { idempotencyKey }),
  update: (id: number, body: UnitInput) => api.put<UnitView>(`/units/${id}`, body),
  changeStatus: (id: number, status: UnitStatus, reason: string) => api.post<UnitView>(`/units/${id}/status`, { status, reason }),
  statusHistory: (id: number) => api.get<StatusChange[]>(`/units/${id}/status-history`),
  archive: (id: number) => api.get<UnitArchive>(`/units/${id}/archive`),
  archivePdf: (id: number, onProgress?: (p: TransferProgress) => void, signal?: AbortSignal) =>
    download(`/units/${id}/archive.pdf`, { onProgress, signal }),
}

export const importsApi = {
  template: (signal?: AbortSignal) => download('/imports/housing/template.xlsx', { signal }),
  upload: (file: Blob, fileName: string, mode: ImportMode, contentType: string, onProgress?: (p: TransferProgress) => void, signal?: AbortSignal) =>
    upload<ImportJob>('/imports/housing', file, { query: { fileName, mode }, contentType, onProgress, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<ImportJob>(`/imports/${encodeURIComponent(id)}`, { signal }),
  commit: (id: string, mode: Exclude<ImportMode, 'DRY_RUN'>) => api.post<ImportJob>(`/imports/${encodeURIComponent(id)}/commit`, { mode }),
  list: (page: number, size: number, signal?: AbortSignal) => api.get<Page<ImportJob>>('/imports', { query: { page, size }, signal }),
  export: (projectId: number | undefined, onProgress?: (p: TransferProgress) => void, signal?: AbortSignal) =>
    download('/exports/housing.xlsx', { query: { projectId }, onProgress, signal }),
}

export const staffApi = {
  list: (filter: StaffFilter, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<StaffMember>>('/staff', { query: { ...filter, page, size }, signal }),
  create: (body: StaffInput, idempotencyKey: string) => api.post<StaffMember>('/staff', body, { idempotencyKey }),
  update: (id: number, body: StaffInput) => api.put<StaffMember>(`/staff/${id}`, body),
  staffing: () => api.get<StaffingRow[]>('/staffing'),
  settings: () => api.get<HousingSettings>('/housing/settings'),
  updateSettings: (body: HousingSettings) => api.put<HousingSettings>('/housing/settings', body),
}

export const publicApi = {
  projects: (code: string) => api.get<PublicProject[]>(`/public/organizations/${encodeURIComponent(code)}/projects`),
  serviceWindow: (code: string, projectId: number) =>
    api.get<PublicServiceWindow>(`/public/organizations/${encodeURIComponent(code)}/projects/${projectId}/service-window`),
}

/** Drops blank strings and absent numbers so optional fields are left out rather than sent empty; trims text. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string') {
      if (v.trim() !== '') out[k] = v.trim()
    } else if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isNaN(v))) {
      out[k] = v
    }
  }
  return out as T
}

/** A number typed into a text field, or undefined when blank or not a number. */
export function optionalNumber(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || String(value).trim() === '') return undefined
  const n = Number(String(value).trim())
  return Number.isFinite(n) ? n : undefined
}
