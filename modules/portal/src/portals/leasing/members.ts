/**
 * A household's members as a form edits them: existing members keep their id, and their ID number and phone stay
 * on the server (masked here) unless someone types a new one; new members need them. Exactly one member is the
 * applicant, with relation 本人 and a phone (the signing code goes there).
 */
import { birthDateFromResidentId, isMasked, isMobilePhone, isPlausibleOtherId, normalizeIdNumber, normalizePhone, residentIdProblem, type ResidentIdProblem } from './idNumber'
import type { IdType, MemberInput, MemberView, Relation } from './types'

export interface MemberForm {
  /** Stable key for lists (the id, or a fresh one for a new member). */
  key: string
  id?: number
  relation: Relation
  name: string
  idType: IdType
  /** What the user typed; blank on an existing member keeps the stored number. */
  idNumber: string
  /** The stored number as the API showed it (masked), for the placeholder. */
  storedIdNumber?: string
  phone: string
  storedPhone?: string
  birthDate: string
  employer: string
  applicant: boolean
}

let seq = 0
function newKey(): string {
  seq += 1
  return `new-${seq}-${Math.random().toString(36).slice(2, 7)}`
}

export function blankMember(applicant = false): MemberForm {
  return {
    key: newKey(),
    relation: applicant ? 'SELF' : 'SPOUSE',
    name: '',
    idType: 'RESIDENT_ID',
    idNumber: '',
    phone: '',
    birthDate: '',
    employer: '',
    applicant,
  }
}

/** Existing members into the form: numbers and phones are kept on the server unless retyped. */
export function memberForms(members: readonly MemberView[]): MemberForm[] {
  return members.map((m) => ({
    key: `m-${m.id}`,
    id: m.id,
    relation: m.relation,
    name: m.name,
    idType: m.idType,
    idNumber: '',
    storedIdNumber: m.idNumber,
    phone: '',
    storedPhone: m.phone ?? undefined,
    birthDate: m.birthDate ?? '',
    employer: m.employer ?? '',
    applicant: m.applicant,
  }))
}

function blankToNull(v: string): string | null {
  const s = v.trim()
  return s === '' ? null : s
}

/** The API's member list: a blank number or phone of an existing member is sent as null (keep), never a masked one. */
export function memberInputs(forms: readonly MemberForm[]): MemberInput[] {
  return forms.map((f) => {
    const idNumber = normalizeIdNumber(f.idNumber)
    const phone = normalizePhone(f.phone)
    const out: MemberInput = {
      relation: f.relation,
      name: f.name.trim(),
      idType: f.idType,
      idNumber: idNumber === '' || isMasked(idNumber) ? null : idNumber,
      phone: phone === '' || isMasked(phone) ? null : phone,
      birthDate: blankToNull(f.birthDate),
      employer: blankToNull(f.employer),
      applicant: f.applicant,
    }
    if (f.id !== undefined) out.id = f.id
    return out
  })
}

export type MembersProblem = 'none' | 'noApplicant' | 'manyApplicants' | 'applicantNotSelf' | 'manySelf' | 'applicantPhone'

/** What is wrong with the member list as a whole, or null. */
export function membersProblem(forms: readonly MemberForm[]): MembersProblem | null {
  if (!forms.length) return 'none'
  const applicants = forms.filter((f) => f.applicant)
  if (applicants.length === 0) return 'noApplicant'
  if (applicants.length > 1) return 'manyApplicants'
  const a = applicants[0]
  if (a.relation !== 'SELF') return 'applicantNotSelf'
  if (forms.filter((f) => f.relation === 'SELF').length > 1) return 'manySelf'
  if (!normalizePhone(a.phone) && !a.storedPhone) return 'applicantPhone'
  return null
}

export type IdNumberProblem = ResidentIdProblem | 'required' | 'otherFormat'

/** What is wrong with one member's ID number (blank is fine on an existing member: the stored one is kept). */
export function memberIdProblem(form: Pick<MemberForm, 'id' | 'idType' | 'idNumber'>, today = new Date()): IdNumberProblem | null {
  const value = normalizeIdNumber(form.idNumber)
  if (value === '') return form.id === undefined ? 'required' : null
  if (form.idType === 'RESIDENT_ID') return residentIdProblem(value, today)
  return isPlausibleOtherId(value) ? null : 'otherFormat'
}

export type PhoneProblem = 'required' | 'format'

export function memberPhoneProblem(form: Pick<MemberForm, 'applicant' | 'phone' | 'storedPhone'>): PhoneProblem | null {
  const phone = normalizePhone(form.phone)
  if (phone === '') return form.applicant && !form.storedPhone ? 'required' : null
  return isMobilePhone(phone) ? null : 'format'
}

/** After a valid resident ID is typed, the birth date it carries fills an empty birth date field. */
export function fillBirthDate(form: MemberForm): void {
  if (form.idType !== 'RESIDENT_ID' || form.birthDate) return
  const birth = birthDateFromResidentId(form.idNumber)
  if (birth) form.birthDate = birth
}

/** Makes `key` the one applicant (relation 本人). */
export function setApplicant(forms: MemberForm[], key: string): void {
  for (const f of forms) {
    f.applicant = f.key === key
    if (f.applicant) f.relation = 'SELF'
  }
}

/** A member-change application (MEMBER_CHANGE): new members to add and existing ones (never the applicant) to remove. */
export interface MemberChange {
  members: MemberInput[]
  removeMemberIds: number[]
}

/** The application's member fields: new members as the API takes them (never applicants), and the ids to remove. */
export function memberChange(additions: readonly MemberForm[], removeIds: readonly number[]): MemberChange {
  return {
    members: memberInputs(additions.map((f) => ({ ...f, id: undefined, applicant: false }))),
    removeMemberIds: [...new Set(removeIds)],
  }
}

export type MemberChangeProblem = 'noChange' | 'selfAdded'

/** Nothing to change, or a new member given the relation 本人 (the household has its applicant already). */
export function memberChangeProblem(additions: readonly MemberForm[], removeIds: readonly number[]): MemberChangeProblem | null {
  if (!additions.length && !removeIds.length) return 'noChange'
  if (additions.some((f) => f.relation === 'SELF')) return 'selfAdded'
  return null
}

/** Members a resident may ask to remove: everyone but the main applicant. */
export function removableMembers<T extends Pick<MemberView, 'applicant'>>(members: readonly T[]): T[] {
  return members.filter((m) => !m.applicant)
}
