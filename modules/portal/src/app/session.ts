/**
 * The signed-in user of this portal. The token is kept in localStorage per organization (signing in to acme does
 * not sign out of demo in another tab); it is checked with GET /me at start-up, and dropped when the server says
 * the session is over or when it expires.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from './api'
import { isApiError } from './problem'
import { isPermitted, isPermittedAll } from './permissions'
import type { CurrentUser, LoginResponse } from './types'

export interface StoredSession {
  token: string
  expiresAt: string
  user: CurrentUser
}

export function sessionStorageKey(organization: string): string {
  return `anju.session.${organization}`
}

export function readStoredSession(storage: Pick<Storage, 'getItem'>, organization: string, now = Date.now()): StoredSession | null {
  try {
    const raw = storage.getItem(sessionStorageKey(organization))
    if (!raw) return null
    const s = JSON.parse(raw) as StoredSession
    if (!s?.token || !s.user || !s.expiresAt) return null
    if (new Date(s.expiresAt).getTime() <= now) return null
    return s
  } catch {
    return null
  }
}

export const useSession = defineStore('session', () => {
  const organization = ref('')
  const token = ref<string | null>(null)
  const expiresAt = ref<string | null>(null)
  const user = ref<CurrentUser | null>(null)
  /** Why the last session ended ('expired' after a refused token): the login page says so. */
  const endedReason = ref<'expired' | null>(null)
  let expiryTimer: ReturnType<typeof setTimeout> | undefined
  let onExpired: (() => void) | null = null

  const signedIn = computed(() => token.value !== null && user.value !== null)
  const permissions = computed(() => user.value?.permissions ?? [])

  function can(permission: string): boolean {
    return isPermitted(permissions.value, permission)
  }

  function canAll(wanted: string | readonly string[] | undefined): boolean {
    return isPermittedAll(permissions.value, wanted)
  }

  function persist(): void {
    const key = sessionStorageKey(organization.value)
    if (token.value && user.value && expiresAt.value) {
      localStorage.setItem(key, JSON.stringify({ token: token.value, expiresAt: expiresAt.value, user: user.value }))
    } else {
      localStorage.removeItem(key)
    }
  }

  function scheduleExpiry(): void {
    clearTimeout(expiryTimer)
    if (!expiresAt.value) return
    // setTimeout holds at most ~24.8 days; tokens live hours.
    const ms = Math.min(new Date(expiresAt.value).getTime() - Date.now(), 2_000_000_000)
    expiryTimer = setTimeout(() => expire(), Math.max(0, ms))
  }

  function set(s: StoredSession | null): void {
    token.value = s?.token ?? null
    expiresAt.value = s?.expiresAt ?? null
    user.value = s?.user ?? null
    persist()
    scheduleExpiry()
  }

  /** Reads the stored session of this organization and confirms it with the server. */
  async function restore(org: string): Promise<void> {
    organization.value = org
    const stored = readStoredSession(localStorage, org)
    if (!stored) {
      set(null)
      return
    }
    token.value = stored.token
    expiresAt.value = stored.expiresAt
    user.value = stored.user
    try {
      const me = await api.get<CurrentUser>('/me')
      set({ ...stored, user: me })
    } catch (e) {
      // A refused token ends the session; a network failure keeps the stored user until the server answers.
      if (isApiError(e) && (e.status === 401 || e.status === 403)) set(null)
      else scheduleExpiry()
    }
  }

  async function login(username: string, password: string): Promise<CurrentUser> {
    const r = await api.post<LoginResponse>('/auth/login', { organization: organization.value, username, password })
    endedReason.value = null
    set({ token: r.token, expiresAt: r.expiresAt, user: r.user })
    return r.user
  }

  /** Reads the signed-in user again (after a password change clears mustChangePassword); keeps the token. */
  async function refresh(): Promise<void> {
    if (!token.value || !expiresAt.value) return
    const me = await api.get<CurrentUser>('/me')
    set({ token: token.value, expiresAt: expiresAt.value, user: me })
  }

  /** Revokes the token on the server (best effort) and forgets it here. */
  async function logout(): Promise<void> {
    if (token.value) {
      try {
        await api.post<void>('/auth/logout')
      } catch {
        /* already invalid or offline: forgetting it here is what matters */
      }
    }
    endedReason.value = null
    set(null)
  }

  /** The server refused the token, or it ran out: forget it and let the shell send the user to the login page. */
  function expire(): void {
    if (!token.value) return
    endedReason.value = 'expired'
    set(null)
    onExpired?.()
  }

  function onSessionExpired(handler: () => void): void {
    onExpired = handler
  }

  /** Another tab of this organization signed in or out. */
  function syncFromStorage(): void {
    const stored = readStoredSession(localStorage, organization.value)
    if (!stored && token.value) {
      expire()
    } else if (stored && stored.token !== token.value) {
      // Signed in (maybe as someone else) in another tab: start over with that session and its menus.
      window.location.reload()
    }
  }

  return {
    organization, token, expiresAt, user, endedReason, signedIn, permissions,
    can, canAll, restore, login, refresh, logout, expire, onSessionExpired, syncFromStorage,
  }
})
