/** The API's shapes the portals use (see GET /openapi on a running server). */
import type { OrganizationKind } from './site'

export type Audience = 'PLATFORM' | 'OPERATOR' | 'AUTHORITY' | 'RESIDENT'

export interface CurrentUser {
  id: number
  username: string
  displayName: string
  audience: Audience
  organization: { code: string; kind: OrganizationKind; name: string }
  roles: string[]
  permissions: string[]
  /** The password was set by an administrator (temporary): the portals make the user change it first. */
  mustChangePassword?: boolean
}

export interface LoginResponse {
  token: string
  tokenType: string
  expiresAt: string
  user: CurrentUser
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export type OrganizationStatus = 'PROVISIONING' | 'ACTIVE' | 'SUSPENDED'
export type MigrationStatus = 'PENDING' | 'MIGRATING' | 'CURRENT' | 'FAILED'

export interface Appointment {
  authorityCode?: string
  authorityName?: string
  date: string
  documentNumber: string
}

export interface OrganizationView {
  code: string
  kind: OrganizationKind
  name: string
  status: OrganizationStatus
  statusReason?: string
  statusChangedAt?: string
  schema: string
  divisionCodes: string[]
  branding: { displayName: string; primaryColor?: string; logoUrl?: string }
  customDomain?: string
  appointment?: Appointment
  contactName?: string
  contactPhone?: string
  migration: {
    status: MigrationStatus
    current: boolean
    changeSets?: number
    migratedAt?: string
    durationMs?: number
    error?: string
  }
  createdAt: string
}

export type AccountStatus = 'ACTIVE' | 'DISABLED'

export interface StaffUser {
  id: number
  username: string
  displayName: string
  email?: string
  status: AccountStatus
  roles: { code: string; name: string }[]
  mustChangePassword: boolean
  lockedUntil?: string
  lastLoginAt?: string
  createdAt: string
}

export interface AuditEntry {
  revision: number
  at: string
  actor: string
  reason?: string
  change: 'CREATED' | 'UPDATED' | 'DELETED'
  fields: { field: string; from?: string; to?: string }[]
}

export interface Role {
  id: number
  code: string
  name: string
  description?: string
  builtin: boolean
  permissions: string[]
  users: number
  createdAt: string
}

export interface PermissionInfo {
  permission: string
  group: string
  label: string
}
