/**
 * What staff may do with a device now, from its registration, kind and state and the operator's settings — the
 * buttons the detail page shows, and why remote open is disabled when it is. The server checks the same again.
 */
import type { Device, DeviceSettings } from './types'

/** 审核 only while the registration waits. */
export function canDecide(d: Pick<Device, 'registration'>): boolean {
  return d.registration === 'PENDING'
}

/** A secret only for an approved device (a retired or rejected one cannot connect). */
export function canIssueSecret(d: Pick<Device, 'registration'>): boolean {
  return d.registration === 'APPROVED'
}

export function canRetire(d: Pick<Device, 'registration'>): boolean {
  return d.registration !== 'RETIRED'
}

export function canEdit(d: Pick<Device, 'registration'>): boolean {
  return d.registration !== 'RETIRED'
}

export interface RemoteOpenState {
  /** The button is shown at all: a smart lock. */
  show: boolean
  /** Why it is disabled, or null. */
  blocked: 'disabled' | 'notApproved' | null
  /** Allowed, but the lock is offline: the command will likely time out. */
  offline: boolean
}

/**
 * Remote open of a lock by staff: only approved smart locks; forbidden when the operator's policy is DISABLED
 * (settings unknown: the server decides, answering 403 remote-open-disabled).
 */
export function remoteOpenState(d: Pick<Device, 'kind' | 'registration' | 'online'>, settings: Pick<DeviceSettings, 'remoteOpen'> | null): RemoteOpenState {
  if (d.kind !== 'SMART_LOCK') return { show: false, blocked: null, offline: false }
  if (d.registration !== 'APPROVED') return { show: true, blocked: 'notApproved', offline: false }
  if (settings?.remoteOpen === 'DISABLED') return { show: true, blocked: 'disabled', offline: false }
  return { show: true, blocked: null, offline: !d.online }
}
