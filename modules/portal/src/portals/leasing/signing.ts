/**
 * The resident's signing flow, step by step: both clause sections acknowledged, then a code requested, a signature
 * drawn and the 6-digit code typed. Also the wait before another code may be sent.
 */
import type { AckSection } from './types'

export const SIGN_SECTIONS: readonly AckSection[] = ['LIABILITY', 'RETURN_CONDITIONS']

export interface SigningState {
  acknowledged: readonly AckSection[]
  codeRequested: boolean
  inked: boolean
  code: string
}

export function allAcknowledged(acknowledged: readonly AckSection[]): boolean {
  return SIGN_SECTIONS.every((s) => acknowledged.includes(s))
}

export function missingSections(acknowledged: readonly AckSection[]): AckSection[] {
  return SIGN_SECTIONS.filter((s) => !acknowledged.includes(s))
}

/** A one-time code as typed: six digits (spaces ignored). */
export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, '')
}

export function isSixDigits(value: string): boolean {
  return /^\d{6}$/.test(normalizeCode(value))
}

/** 0 acknowledge clauses, 1 request a code, 2 sign (signature and code), 3 ready to send. */
export function signingStep(s: SigningState): 0 | 1 | 2 | 3 {
  if (!allAcknowledged(s.acknowledged)) return 0
  if (!s.codeRequested) return 1
  if (!s.inked || !isSixDigits(s.code)) return 2
  return 3
}

export function canSend(s: SigningState): boolean {
  return signingStep(s) === 3
}

/** Seconds until another code may be requested: `resendAfter` is an instant or a number of seconds from `sentAt`. */
export function secondsUntilResend(resendAfter: string | number | null | undefined, sentAt: number, now: number = Date.now()): number {
  if (resendAfter === null || resendAfter === undefined || resendAfter === '') return 0
  const until = typeof resendAfter === 'number' ? sentAt + resendAfter * 1000 : new Date(resendAfter).getTime()
  if (!Number.isFinite(until)) return 0
  return Math.max(0, Math.ceil((until - now) / 1000))
}

/** The sections a 409 acknowledgement-missing names (extension `missing`). */
export function missingFromProblem(problem: { code?: string; missing?: unknown } | null | undefined): AckSection[] {
  if (!problem || problem.code !== 'acknowledgement-missing' || !Array.isArray(problem.missing)) return []
  return problem.missing.filter((s): s is AckSection => s === 'LIABILITY' || s === 'RETURN_CONDITIONS')
}

/**
 * What the resident's lease page offers: `sign` the signing flow (the server says this resident may sign now),
 * `applicantOnly` a note for other members of the household while the lease waits for the main applicant's
 * signature, `none` otherwise (signed, active, ended; or signed a moment ago on this page).
 */
export function signingView(mine: { lease: { status: string }; canSign: boolean }, justSigned = false): 'sign' | 'applicantOnly' | 'none' {
  if (justSigned || mine.lease.status !== 'APPROVED') return 'none'
  return mine.canSign ? 'sign' : 'applicantOnly'
}
