/** Staff administration calls (operators and authorities alike): users, roles, the permission catalogue. */
import { api } from '@/app/api'
import type { AuditEntry, Page, PermissionInfo, Role, StaffUser } from '@/app/types'

export interface UserFilter {
  q?: string
  status?: '' | 'ACTIVE' | 'DISABLED'
  role?: string
}

export interface NewUser {
  username: string
  displayName: string
  email?: string
  password: string
  roles: string[]
}

export const usersApi = {
  list: (filter: UserFilter, page: number, size: number, signal?: AbortSignal) =>
    api.get<Page<StaffUser>>('/users', { query: { ...filter, page, size }, signal }),
  get: (id: number) => api.get<StaffUser>(`/users/${id}`),
  create: (body: NewUser, idempotencyKey: string) => api.post<StaffUser>('/users', body, { idempotencyKey }),
  update: (id: number, body: { displayName: string; email?: string }) => api.put<StaffUser>(`/users/${id}`, body),
  assignRoles: (id: number, roles: string[]) => api.put<StaffUser>(`/users/${id}/roles`, { roles }),
  disable: (id: number, reason?: string) => api.post<StaffUser>(`/users/${id}/disable`, reason ? { reason } : {}),
  enable: (id: number) => api.post<StaffUser>(`/users/${id}/enable`),
  resetPassword: (id: number, password: string) => api.post<StaffUser>(`/users/${id}/reset-password`, { password }),
  history: (id: number) => api.get<AuditEntry[]>(`/users/${id}/history`),
}

export const rolesApi = {
  list: () => api.get<Role[]>('/roles'),
  create: (body: { code: string; name: string; description?: string; permissions: string[] }) => api.post<Role>('/roles', body),
  update: (id: number, body: { name: string; description?: string; permissions: string[] }) => api.put<Role>(`/roles/${id}`, body),
  delete: (id: number) => api.delete<void>(`/roles/${id}`),
  permissions: () => api.get<PermissionInfo[]>('/permissions'),
}

/** A user is locked while `lockedUntil` lies in the future. */
export function isLocked(user: Pick<StaffUser, 'lockedUntil'>, now = Date.now()): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil).getTime() > now
}
