/**
 * Personal identifiers typed by staff and residents: the 18-character resident ID (GB 11643-1999: 6-digit division,
 * 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check character), mobile phones, and the masked forms the
 * API answers with (`3301**********1234`, `138****5678`), which are never sent back or "unmasked" here.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type ResidentIdProblem = 'length' | 'format' | 'birthDate' | 'checkDigit'

/** What a user typed, made comparable: spaces removed, a trailing x upper-cased. */
export function normalizeIdNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase()
}

/** The check character (0-9 or X) for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('17 digits expected')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/**
 * Why an 18-character resident ID is not valid, or null when it is: 17 digits and a check character, a real birth
 * date between 1900 and `today`, and the right check character.
 */
export function residentIdProblem(value: string | null | undefined, today = new Date()): ResidentIdProblem | null {
  const id = normalizeIdNumber(value)
  if (id.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = Date.UTC(y, m - 1, d)
  if (y < 1900 || !validDate(y, m, d) || birth > today.getTime()) return 'birthDate'
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'checkDigit'
  return null
}

export function isValidResidentId(value: string | null | undefined, today = new Date()): boolean {
  return residentIdProblem(value, today) === null
}

/** The birth date a valid resident ID carries, `YYYY-MM-DD`, else undefined. */
export function birthDateFromResidentId(value: string | null | undefined): string | undefined {
  const id = normalizeIdNumber(value)
  if (residentIdProblem(id) !== null) return undefined
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/** Mainland mobile numbers: 11 digits starting 13–19 (the signing code is sent there). */
export function isMobilePhone(value: string | null | undefined): boolean {
  return /^1[3-9]\d{9}$/.test((value ?? '').replace(/[\s-]/g, ''))
}

export function normalizePhone(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s-]/g, '')
}

/** A value the API masked (it holds `*`): show it, never send it back as if it were the real one. */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && value.includes('*')
}

/** Other ID types: 2–40 letters, digits or hyphens (passports, HK/Macao/Taiwan permits, foreign residence cards). */
export function isPlausibleOtherId(value: string | null | undefined): boolean {
  return /^[A-Za-z0-9-]{2,40}$/.test(normalizeIdNumber(value))
}
