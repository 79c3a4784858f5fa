/**
 * The devices capability's calls (docs/api/devices.md): the registry (备案登记, approval, secrets, retirement, history,
 * events, commands, remote open), lock credentials per unit and the key log, access records, settings and the
 * broker/dead-letter operations view; and the resident's keys, visitor codes, door records and remote open.
 */
import { api, type Query } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type {
  AccessRecord,
  Command,
  Credential,
  DeadLetter,
  Device,
  DeviceConnections,
  DeviceEvent,
  DeviceInput,
  DeviceSecret,
  DeviceSettings,
  DeviceSettingsInput,
  GrantInput,
  KeyLog,
  MyKeys,
  VisitorCode,
  VisitorCodeInput,
} from './types'
import type { UnitDevices } from './lockState'

export const devicesApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<Device>>('/devices', { query, signal }),
  get: (id: number) => api.get<Device>(`/devices/${id}`),
  register: (body: DeviceInput, idempotencyKey: string) => api.post<Device>('/devices', body, { idempotencyKey }),
  update: (id: number, body: DeviceInput) => api.put<Device>(`/devices/${id}`, body),
  /** device:approve; 409 device-not-pending when someone decided first. */
  decide: (id: number, approve: boolean, note?: string) => api.post<Device>(`/devices/${id}/decision`, note ? { approve, note } : { approve }),
  retire: (id: number, reason: string) => api.post<Device>(`/devices/${id}/retirement`, { reason }),
  /** A new secret (the old one stops working): answered once, never again. */
  issueSecret: (id: number) => api.post<DeviceSecret>(`/devices/${id}/secret`),
  history: (id: number) => api.get<AuditEntry[]>(`/devices/${id}/history`),
  events: (id: number, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<DeviceEvent>>(`/devices/${id}/events`, { query: { page, size }, signal }),
  commands: (id: number, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<Command>>(`/devices/${id}/commands`, { query: { page, size }, signal }),
  /** lock:open; 403 remote-open-disabled when the operator's policy forbids it. */
  open: (id: number, reason: string) => api.post<Command>(`/devices/${id}/open`, { reason }),
  /** A unit's devices with their live state and the locks' summary (the board's rules); the unit page polls it. */
  unitState: (unitId: number, signal?: AbortSignal) => api.get<UnitDevices>(`/units/${unitId}/device-state`, { signal }),
}

export const keysApi = {
  credentials: (unitId: number, query: Query = {}, signal?: AbortSignal) =>
    api.get<Credential[]>(`/units/${unitId}/lock-credentials`, { query, signal }),
  /** One credential per approved lock of the unit. */
  grant: (unitId: number, body: GrantInput, idempotencyKey: string) =>
    api.post<Credential[]>(`/units/${unitId}/lock-credentials`, body, { idempotencyKey }),
  revoke: (id: number, reason: string) => api.post<Credential>(`/lock-credentials/${id}/revocation`, { reason }),
  keyLog: (query: Query, signal?: AbortSignal) => api.get<Page<KeyLog>>('/key-log', { query, signal }),
  commands: (query: Query, signal?: AbortSignal) => api.get<Page<Command>>('/lock-commands', { query, signal }),
}

export const accessApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<Page<AccessRecord>>('/access-records', { query, signal }),
}

export const deviceSettingsApi = {
  get: () => api.get<DeviceSettings>('/device-settings'),
  update: (body: DeviceSettingsInput) => api.put<DeviceSettings>('/device-settings', body),
}

export const operationsApi = {
  connections: (signal?: AbortSignal) => api.get<DeviceConnections>('/device-connections', { signal }),
  deadLetters: (page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<DeadLetter>>('/device-dead-letters', { query: { page, size }, signal }),
}

export const myKeysApi = {
  keys: () => api.get<MyKeys>('/my/keys'),
  createVisitorCode: (body: VisitorCodeInput, idempotencyKey: string) => api.post<VisitorCode>('/my/visitor-codes', body, { idempotencyKey }),
  revokeVisitorCode: (id: number) => api.post<Credential>(`/my/visitor-codes/${id}/revocation`),
  accessRecords: (page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<AccessRecord>>('/my/access-records', { query: { page, size }, signal }),
  open: (reason: string) => api.post<Command>('/my/door/open', { reason }),
}
