/**
 * The devices enums in display order, their labels (i18n keys under `devices.enum.*`), the tag colour of each status,
 * a device's state as tags (online, battery, tamper, clock skew, timed-out commands), a credential's validity in words,
 * and the dead-letter reasons in plain language. Colour never carries the meaning alone: the words do.
 */
import { i18n } from '@/app/i18n'
import type {
  AccessKind,
  AccessMethod,
  ArrearsPolicy,
  Command,
  CommandStatus,
  CommandType,
  Credential,
  CredentialKind,
  CredentialStatus,
  CredentialType,
  Device,
  DeviceKind,
  KeyAction,
  Registration,
  RemoteOpenPolicy,
} from './types'

export const DEVICE_KINDS: readonly DeviceKind[] = ['SMART_LOCK', 'WATER_METER', 'ELECTRICITY_METER', 'SMOKE_SENSOR', 'GATEWAY', 'CAMERA', 'OTHER']
export const REGISTRATIONS: readonly Registration[] = ['PENDING', 'APPROVED', 'REJECTED', 'RETIRED']
export const CREDENTIAL_STATUSES: readonly CredentialStatus[] = ['GRANTING', 'ACTIVE', 'REVOKING', 'REVOKED', 'FAILED']
export const CREDENTIAL_KINDS: readonly CredentialKind[] = ['RESIDENT', 'VISITOR', 'STAFF']
export const CREDENTIAL_TYPES: readonly CredentialType[] = ['FACE', 'FINGERPRINT', 'PIN', 'CARD', 'APP']
export const COMMAND_TYPES: readonly CommandType[] = ['GRANT', 'REVOKE', 'OPEN']
export const COMMAND_STATUSES: readonly CommandStatus[] = ['PENDING', 'SENT', 'OK', 'FAILED', 'TIMED_OUT', 'CANCELLED']
export const ACCESS_METHODS: readonly AccessMethod[] = ['FACE', 'FINGERPRINT', 'PIN', 'CARD', 'APP', 'KEY']
export const ACCESS_KINDS: readonly AccessKind[] = ['RESIDENT', 'VISITOR', 'STAFF', 'LOCAL', 'TEMPORARY', 'KEY', 'REMOTE', 'UNKNOWN']
export const KEY_ACTIONS: readonly KeyAction[] = [
  'GRANTED',
  'EXTENDED',
  'MOVED',
  'REVOKED',
  'CONFIRMED',
  'FAILED',
  'TIMED_OUT',
  'VISITOR_CODE',
  'REMOTE_OPEN',
  'ARREARS_WARNING',
]
export const REMOTE_OPEN_POLICIES: readonly RemoteOpenPolicy[] = ['DISABLED', 'STAFF', 'STAFF_AND_RESIDENT']
export const ARREARS_POLICIES: readonly ArrearsPolicy[] = ['NONE', 'WARN']

export type DeviceEnum =
  | 'kind'
  | 'registration'
  | 'credentialStatus'
  | 'credentialKind'
  | 'credentialType'
  | 'commandType'
  | 'commandStatus'
  | 'eventType'
  | 'method'
  | 'accessKind'
  | 'keyAction'
  | 'remoteOpen'
  | 'arrearsPolicy'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** `devices.enum.kind.SMART_LOCK` */
export function deviceEnumKey(name: DeviceEnum, value: string): string {
  return `devices.enum.${name}.${value}`
}

/** The label of an enum value in the UI language; an unknown value as it is (a newer server). */
export function deviceLabel(name: DeviceEnum, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = deviceEnumKey(name, value)
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

/** 待审核 amber, 已备案 green, 已驳回 red, 已停用 grey. */
export function registrationTagType(r: Registration | string): TagType {
  return r === 'APPROVED' ? 'success' : r === 'PENDING' ? 'warning' : r === 'REJECTED' ? 'danger' : 'info'
}

/** 生效中 green; 下发中/撤销中 amber (waiting for the lock); 下发失败 red; 已撤销 grey. */
export function credentialStatusTagType(s: CredentialStatus | string): TagType {
  switch (s) {
    case 'ACTIVE':
      return 'success'
    case 'GRANTING':
    case 'REVOKING':
      return 'warning'
    case 'FAILED':
      return 'danger'
    default:
      return 'info'
  }
}

/** 已确认 green, 已发送 blue, 待发送 grey, 失败 and 超时 red (shown visibly, never hidden), 已取消 grey. */
export function commandStatusTagType(s: CommandStatus | string): TagType {
  switch (s) {
    case 'OK':
      return 'success'
    case 'SENT':
      return 'primary'
    case 'FAILED':
    case 'TIMED_OUT':
      return 'danger'
    default:
      return 'info'
  }
}

/** Tamper and time-outs red, low battery and offline amber, back online green. */
export function eventTypeTagType(type: string): TagType {
  switch (type) {
    case 'TAMPER':
    case 'TIMED_OUT':
      return 'danger'
    case 'LOW_BATTERY':
    case 'OFFLINE':
      return 'warning'
    case 'ONLINE':
      return 'success'
    default:
      return 'info'
  }
}

/** Residents green, visitors blue, staff and remote amber (someone opened for someone else), unknown red. */
export function accessKindTagType(kind: string): TagType {
  switch (kind) {
    case 'RESIDENT':
      return 'success'
    case 'VISITOR':
    case 'TEMPORARY':
      return 'primary'
    case 'STAFF':
    case 'REMOTE':
      return 'warning'
    case 'UNKNOWN':
      return 'danger'
    default:
      return 'info'
  }
}

export function keyActionTagType(action: string): TagType {
  switch (action) {
    case 'GRANTED':
    case 'EXTENDED':
    case 'CONFIRMED':
      return 'success'
    case 'MOVED':
    case 'VISITOR_CODE':
      return 'primary'
    case 'FAILED':
    case 'TIMED_OUT':
      return 'danger'
    case 'REMOTE_OPEN':
    case 'ARREARS_WARNING':
      return 'warning'
    default:
      return 'info'
  }
}

/** A battery below this percentage is low (the protocol's LOW_BATTERY threshold). */
export const LOW_BATTERY = 20
/** A lock clock more than this many seconds off is flagged (protocol 1.4: flagged on the device, never used to drop data). */
export const CLOCK_SKEW_LIMIT = 300

export interface StateTag {
  key: 'online' | 'offline' | 'battery' | 'tamper' | 'skew' | 'timedOut' | 'never'
  label: string
  type: TagType
}

/**
 * What a device's state looks like at a glance: 在线/离线 (or 从未连接), the battery (amber when low), 防撬告警 when
 * tampered, the clock skew when large, and the number of timed-out commands. Retired and unapproved devices show only
 * their registration (they do not connect).
 */
export function deviceStateTags(
  d: Pick<Device, 'online' | 'lastSeenAt' | 'battery' | 'tamperedAt' | 'clockSkewSeconds' | 'commandsTimedOut' | 'registration'>,
): StateTag[] {
  const { t } = i18n.global
  const tags: StateTag[] = []
  if (d.registration !== 'APPROVED') return tags
  if (d.online) tags.push({ key: 'online', label: t('devices.state.online'), type: 'success' })
  else if (d.lastSeenAt) tags.push({ key: 'offline', label: t('devices.state.offline'), type: 'info' })
  else tags.push({ key: 'never', label: t('devices.state.never'), type: 'info' })
  if (d.battery !== null && d.battery !== undefined) {
    const low = d.battery < LOW_BATTERY
    tags.push({ key: 'battery', label: t(low ? 'devices.state.batteryLow' : 'devices.state.battery', { percent: d.battery }), type: low ? 'warning' : 'info' })
  }
  if (d.tamperedAt) tags.push({ key: 'tamper', label: t('devices.state.tamper'), type: 'danger' })
  if (d.clockSkewSeconds !== null && d.clockSkewSeconds !== undefined && Math.abs(d.clockSkewSeconds) > CLOCK_SKEW_LIMIT) {
    tags.push({ key: 'skew', label: t('devices.state.skew', { seconds: d.clockSkewSeconds }), type: 'warning' })
  }
  if (d.commandsTimedOut > 0) tags.push({ key: 'timedOut', label: t('devices.state.timedOut', { count: d.commandsTimedOut }), type: 'danger' })
  return tags
}

/** The plain text of a device's state (Excel, screen readers): `在线 · 电量 87%`. */
export function deviceStateText(d: Parameters<typeof deviceStateTags>[0]): string {
  const tags = deviceStateTags(d)
  return tags.length ? tags.map((x) => x.label).join(' · ') : deviceLabel('registration', d.registration)
}

export type Validity = 'pending' | 'current' | 'expired' | 'none'

/** Where `now` lies in a credential's window: not yet valid, valid, past (validUntil exclusive), or no window. */
export function validityAt(c: Pick<Credential, 'validFrom' | 'validUntil'>, now: Date = new Date()): Validity {
  const from = c.validFrom ? Date.parse(c.validFrom) : NaN
  const until = c.validUntil ? Date.parse(c.validUntil) : NaN
  if (Number.isNaN(from) && Number.isNaN(until)) return 'none'
  if (!Number.isNaN(until) && now.getTime() >= until) return 'expired'
  if (!Number.isNaN(from) && now.getTime() < from) return 'pending'
  return 'current'
}

/**
 * A credential's tag: its status, except that an ACTIVE one outside its window says 未生效 / 已过期 (the lock judges
 * the window; staff and residents should not read 生效中 for a code that no longer opens the door).
 */
export function credentialBadge(c: Pick<Credential, 'status' | 'validFrom' | 'validUntil'>, now: Date = new Date()): { label: string; type: TagType } {
  if (c.status === 'ACTIVE') {
    const v = validityAt(c, now)
    if (v === 'expired') return { label: i18n.global.t('devices.validity.expired'), type: 'info' }
    if (v === 'pending') return { label: i18n.global.t('devices.validity.pending'), type: 'primary' }
  }
  return { label: deviceLabel('credentialStatus', c.status), type: credentialStatusTagType(c.status) }
}

/** Whether staff or a resident may still revoke it (not already on its way out or gone). */
export function isRevocable(c: Pick<Credential, 'status'>): boolean {
  return c.status === 'ACTIVE' || c.status === 'GRANTING' || c.status === 'FAILED'
}

/** A command's status, with the attempts when it was resent: `已发送（第 2 次）`. */
export function commandStatusText(c: Pick<Command, 'status' | 'attempts'>): string {
  const label = deviceLabel('commandStatus', c.status)
  return c.attempts > 1 && (c.status === 'SENT' || c.status === 'TIMED_OUT') ? i18n.global.t('devices.command.attemptsOf', { label, attempts: c.attempts }) : label
}

/**
 * A dead-letter reason (protocol 1.8) in plain language: `missing-field:battery` → `缺少字段 battery`; unknown codes
 * as they are.
 */
export function deadLetterReason(reason: string | null | undefined): string {
  if (!reason) return ''
  const { t, te } = i18n.global
  const m = /^([a-z-]+):(.+)$/.exec(reason)
  if (m && te(`devices.deadLetter.reasons.${m[1]}`)) return t(`devices.deadLetter.reasons.${m[1]}`, { field: m[2] })
  return te(`devices.deadLetter.reasons.${reason}`) ? t(`devices.deadLetter.reasons.${reason}`, { field: '' }) : reason
}

/** The payload of a dead letter for reading: pretty JSON when it parses, else the text as received. */
export function prettyPayload(payload: string | null | undefined): string {
  if (!payload) return ''
  try {
    return JSON.stringify(JSON.parse(payload), null, 2)
  } catch {
    return payload
  }
}

/** Field names of a device's revision history in the UI language (the server's field names otherwise). */
export function deviceFieldLabel(field: string): string {
  const key = `devices.field.${field}`
  return i18n.global.te(key) ? i18n.global.t(key) : field
}

/** Values of a device's revision history: enums in words, the rest as they are. */
export function deviceFieldValue(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  if (field === 'kind') return deviceLabel('kind', value)
  if (field === 'registration') return deviceLabel('registration', value)
  if (field === 'hasSecret') return i18n.global.t(value === 'true' ? 'common.yes' : 'common.no')
  return value
}
