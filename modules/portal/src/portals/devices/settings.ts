/**
 * Device settings' bounds (DeviceCommands.SettingsInput) and the PUT body: every number a whole number within its
 * bounds (the inputs enforce them; a value out of bounds is reported, not silently changed).
 */
import type { DeviceSettings, DeviceSettingsInput } from './types'

export const SETTINGS_LIMITS = {
  visitorCodeMaxHours: { min: 1, max: 720 },
  ackTimeoutSeconds: { min: 2, max: 600 },
  maxAttempts: { min: 1, max: 10 },
  heartbeatMinutes: { min: 1, max: 60 },
} as const

export type NumericSetting = keyof typeof SETTINGS_LIMITS

/** The numeric settings outside their bounds (or not whole numbers). */
export function settingsOutOfBounds(s: Pick<DeviceSettings, NumericSetting>): NumericSetting[] {
  return (Object.keys(SETTINGS_LIMITS) as NumericSetting[]).filter((k) => {
    const v = s[k]
    return !Number.isInteger(v) || v < SETTINGS_LIMITS[k].min || v > SETTINGS_LIMITS[k].max
  })
}

export function toSettingsInput(s: DeviceSettings): DeviceSettingsInput {
  return {
    remoteOpen: s.remoteOpen,
    arrearsPolicy: s.arrearsPolicy,
    memberCredentialType: s.memberCredentialType,
    visitorCodeMaxHours: s.visitorCodeMaxHours,
    ackTimeoutSeconds: s.ackTimeoutSeconds,
    maxAttempts: s.maxAttempts,
    heartbeatMinutes: s.heartbeatMinutes,
  }
}

/** How long a command may stay unanswered in all before it is TIMED_OUT: timeout × attempts, in seconds. */
export function commandDeadlineSeconds(s: Pick<DeviceSettings, 'ackTimeoutSeconds' | 'maxAttempts'>): number {
  return s.ackTimeoutSeconds * s.maxAttempts
}
