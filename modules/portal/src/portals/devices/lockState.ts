/**
 * A unit's locks at a glance (R6.1d) — the status board's cell badge and legend, and the unit page's devices panel —
 * from the codes the server sends (`ONLINE` | `OFFLINE` | `TROUBLE`, the first trouble, the lowest battery): the same
 * LockHealth rules on the server decide them, so board, unit page and archive never disagree. Words come from the
 * devices i18n messages; times are Beijing time.
 */
import { i18n } from '@/app/i18n'
import { formatDateTime } from '@/shared/format'
import type { CellDeviceState } from '@/portals/housing/types'

export type LockState = CellDeviceState['state']
export type LockTrouble = NonNullable<CellDeviceState['trouble']>

/** In the legend's order: what is fine, what is silent, what needs a person. */
export const LOCK_STATES: readonly LockState[] = ['ONLINE', 'OFFLINE', 'TROUBLE']

export type BadgeType = 'success' | 'info' | 'danger'

export function lockBadgeType(state: LockState): BadgeType {
  return state === 'ONLINE' ? 'success' : state === 'TROUBLE' ? 'danger' : 'info'
}

/** A short mark for a cell (never colour alone): ✓ online, ○ offline, ! trouble. */
export function lockGlyph(state: LockState): string {
  return state === 'ONLINE' ? '✓' : state === 'TROUBLE' ? '!' : '○'
}

/** `门锁在线 · 电量 87%`, `门锁故障 · 电量低 · 电量 15%`, `2 把门锁 · 门锁离线`. */
export function lockStateText(s: Pick<CellDeviceState, 'state' | 'trouble' | 'battery' | 'locks'>): string {
  const { t } = i18n.global
  const parts: string[] = []
  if (s.locks > 1) parts.push(t('devices.lock.locks', { count: s.locks }))
  parts.push(t(`devices.lock.${s.state}`))
  if (s.trouble) parts.push(t(`devices.lock.trouble.${s.trouble}`))
  if (s.battery !== null && s.battery !== undefined) parts.push(t('devices.lock.battery', { percent: s.battery }))
  return parts.join(' · ')
}

/** The unit page's answer (GET /units/{id}/device-state). */
export interface UnitDevices {
  unitId: number
  state?: LockState | null
  trouble?: LockTrouble | null
  battery?: number | null
  locks: number
  checkedAt: string
  devices: UnitDevice[]
}

export interface UnitDevice {
  id: number
  deviceId: string
  kind: string
  model?: string | null
  registration: string
  online: boolean
  lastSeenAt?: string | null
  battery?: number | null
  tamperedAt?: string | null
  troubles: LockTrouble[]
}

/** One line of the unit page's devices table, in words. */
export interface UnitDeviceRow {
  id: number
  deviceId: string
  kind: string
  approved: boolean
  connection: { label: string; type: BadgeType }
  lastSeen: string
  battery: string
  troubles: { key: LockTrouble; label: string }[]
}

export function unitDeviceRows(view: Pick<UnitDevices, 'devices'>): UnitDeviceRow[] {
  const { t } = i18n.global
  return view.devices.map((d) => {
    const approved = d.registration === 'APPROVED'
    const connection = !approved
      ? { label: t(`devices.enum.registration.${d.registration}`), type: 'info' as const }
      : d.online
        ? { label: t('devices.state.online'), type: 'success' as const }
        : { label: t(d.lastSeenAt ? 'devices.state.offline' : 'devices.state.never'), type: 'info' as const }
    return {
      id: d.id,
      deviceId: d.deviceId,
      kind: t(`devices.enum.kind.${d.kind}`),
      approved,
      connection,
      lastSeen: d.lastSeenAt ? formatDateTime(d.lastSeenAt) : '—',
      battery: d.battery === null || d.battery === undefined ? '—' : `${d.battery}%`,
      troubles: d.troubles.map((key) => ({ key, label: t(`devices.lock.trouble.${key}`) })),
    }
  })
}

/** ISO instants inside free text (a key-log line written before lines said Beijing time) → Beijing wall clock. */
const INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g

export function beijingText(text: string | null | undefined): string {
  if (!text) return ''
  return text.replace(INSTANT, (iso) => formatDateTime(iso) || iso)
}
