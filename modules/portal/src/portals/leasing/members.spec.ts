import { describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import {
  birthDateFromResidentId,
  isMasked,
  isMobilePhone,
  isPlausibleOtherId,
  isValidResidentId,
  normalizeIdNumber,
  residentIdCheckChar,
  residentIdProblem,
} from './idNumber'
import {
  blankMember,
  fillBirthDate,
  memberChange,
  memberChangeProblem,
  memberForms,
  memberIdProblem,
  memberInputs,
  memberPhoneProblem,
  membersProblem,
  removableMembers,
  setApplicant,
  type MemberForm,
} from './members'
import type { MemberView } from './types'

/** GB 11643-1999 example: 11010519491231002X is the standard's own sample number. */
const SAMPLE_ID = '11010519491231002X'
const VALID_ID = '330106199001011256'
const TODAY = new Date('2026-06-01T00:00:00Z')

const stored: MemberView[] = [
  { id: 11, relation: 'SELF', name: '张晓梅', idType: 'RESIDENT_ID', idNumber: '3301**********1237', phone: '139****5678', birthDate: '1990-01-01', employer: null, applicant: true, hasAccount: true },
  { id: 12, relation: 'CHILD', name: '李小雨', idType: 'RESIDENT_ID', idNumber: '3301**********0021', phone: null, birthDate: null, employer: '实验小学', applicant: false, hasAccount: false },
]

function form(overrides: Partial<MemberForm>): MemberForm {
  return { ...blankMember(), ...overrides }
}

describe('resident ID numbers (18 characters, ISO 7064 MOD 11-2)', () => {
  it('computes the check character, X included', () => {
    expect(residentIdCheckChar(SAMPLE_ID.slice(0, 17))).toBe('X')
    expect(residentIdCheckChar(VALID_ID.slice(0, 17))).toBe('6')
    expect(() => residentIdCheckChar('1234')).toThrow()
  })

  it('accepts valid numbers, a lower-case x and spaces as typed', () => {
    expect(residentIdProblem(SAMPLE_ID, TODAY)).toBeNull()
    expect(residentIdProblem('110105 19491231 002x', TODAY)).toBeNull()
    expect(isValidResidentId(VALID_ID, TODAY)).toBe(true)
    expect(normalizeIdNumber(' 110105 19491231002x ')).toBe(SAMPLE_ID)
  })

  it('says what is wrong: length, format, birth date, check digit', () => {
    expect(residentIdProblem('33010619900101123', TODAY)).toBe('length')
    expect(residentIdProblem('3301061990010112X7', TODAY)).toBe('format')
    expect(residentIdProblem('330106199002301232', TODAY)).toBe('birthDate') // 30 February
    expect(residentIdProblem('330106203001011234', TODAY)).toBe('birthDate') // born in the future
    expect(residentIdProblem('330106199001011238', TODAY)).toBe('checkDigit')
  })

  it('reads the birth date of a valid number only', () => {
    expect(birthDateFromResidentId(SAMPLE_ID)).toBe('1949-12-31')
    expect(birthDateFromResidentId('330106199001011238')).toBeUndefined()
  })

  it('knows masked values, mobile phones and other documents', () => {
    expect(isMasked('3301**********1237')).toBe(true)
    expect(isMasked('138****5678')).toBe(true)
    expect(isMasked(VALID_ID)).toBe(false)
    expect(isMobilePhone('139 1234 5678')).toBe(true)
    expect(isMobilePhone('12912345678')).toBe(false)
    expect(isMobilePhone('1391234567')).toBe(false)
    expect(isPlausibleOtherId('E12345678')).toBe(true)
    expect(isPlausibleOtherId('护照123')).toBe(false)
  })
})

describe('household members in a form', () => {
  it('keeps stored (masked) numbers out of the form and never sends them back', () => {
    const forms = memberForms(stored)
    expect(forms.map((f) => [f.key, f.idNumber, f.storedIdNumber, f.phone, f.storedPhone])).toEqual([
      ['m-11', '', '3301**********1237', '', '139****5678'],
      ['m-12', '', '3301**********0021', '', undefined],
    ])
    // A masked value pasted back is not a number: it is sent as null (keep), like a blank.
    forms[1].idNumber = '3301**********0021'
    forms[1].employer = '  '
    expect(memberInputs(forms)).toEqual([
      { id: 11, relation: 'SELF', name: '张晓梅', idType: 'RESIDENT_ID', idNumber: null, phone: null, birthDate: '1990-01-01', employer: null, applicant: true },
      { id: 12, relation: 'CHILD', name: '李小雨', idType: 'RESIDENT_ID', idNumber: null, phone: null, birthDate: null, employer: null, applicant: false },
    ])
  })

  it('sends a retyped number and phone normalized, and no id for a new member', () => {
    const fresh = form({ name: ' 王强 ', relation: 'SPOUSE', idNumber: '110105 19491231002x', phone: '139-1234-5678' })
    const [input] = memberInputs([fresh])
    expect(input).toEqual({ relation: 'SPOUSE', name: '王强', idType: 'RESIDENT_ID', idNumber: SAMPLE_ID, phone: '13912345678', birthDate: null, employer: null, applicant: false })
    expect('id' in input).toBe(false)
  })

  it('finds what is wrong with the list: one applicant, relation 本人, a phone for the code', () => {
    const applicant = form({ applicant: true, relation: 'SELF', phone: '13912345678' })
    expect(membersProblem([])).toBe('none')
    expect(membersProblem([form({ relation: 'SELF' })])).toBe('noApplicant')
    expect(membersProblem([applicant, form({ applicant: true })])).toBe('manyApplicants')
    expect(membersProblem([{ ...applicant, relation: 'SPOUSE' }])).toBe('applicantNotSelf')
    expect(membersProblem([applicant, form({ relation: 'SELF' })])).toBe('manySelf')
    expect(membersProblem([{ ...applicant, phone: '' }])).toBe('applicantPhone')
    expect(membersProblem([{ ...applicant, phone: '' , storedPhone: '139****5678' }])).toBeNull()
    expect(membersProblem([applicant, form({ relation: 'CHILD' })])).toBeNull()
    expect(i18n.global.t(`leasing.member.listProblem.${membersProblem([applicant, form({ relation: 'SELF' })])}`)).toBe('只能有一名成员的关系为「本人」')
  })

  it('checks one member: a new member needs an ID number, an existing one may keep it', () => {
    expect(memberIdProblem({ idType: 'RESIDENT_ID', idNumber: '' }, TODAY)).toBe('required')
    expect(memberIdProblem({ id: 12, idType: 'RESIDENT_ID', idNumber: '' }, TODAY)).toBeNull()
    expect(memberIdProblem({ idType: 'RESIDENT_ID', idNumber: '330106199001011238' }, TODAY)).toBe('checkDigit')
    expect(memberIdProblem({ idType: 'PASSPORT', idNumber: 'E1234567' }, TODAY)).toBeNull()
    expect(memberIdProblem({ idType: 'PASSPORT', idNumber: 'E 123/4567' }, TODAY)).toBe('otherFormat')
    expect(i18n.global.t(`leasing.member.idProblem.${memberIdProblem({ idType: 'RESIDENT_ID', idNumber: '330106199001011238' }, TODAY)}`)).toBe('身份证号码校验位不正确，请核对')
  })

  it('wants a phone for the applicant only, and a mobile number when one is typed', () => {
    expect(memberPhoneProblem({ applicant: true, phone: '' })).toBe('required')
    expect(memberPhoneProblem({ applicant: true, phone: '', storedPhone: '139****5678' })).toBeNull()
    expect(memberPhoneProblem({ applicant: false, phone: '' })).toBeNull()
    expect(memberPhoneProblem({ applicant: false, phone: '010-12345678' })).toBe('format')
  })

  it('fills an empty birth date from a valid resident ID, never over one typed', () => {
    const f = form({ idNumber: SAMPLE_ID })
    fillBirthDate(f)
    expect(f.birthDate).toBe('1949-12-31')
    const typed = form({ idNumber: SAMPLE_ID, birthDate: '1950-01-01' })
    fillBirthDate(typed)
    expect(typed.birthDate).toBe('1950-01-01')
    const passport = form({ idType: 'PASSPORT', idNumber: SAMPLE_ID })
    fillBirthDate(passport)
    expect(passport.birthDate).toBe('')
  })

  it('makes exactly one member the applicant, with relation 本人', () => {
    const forms = [form({ applicant: true, relation: 'SELF' }), form({ relation: 'SPOUSE' })]
    setApplicant(forms, forms[1].key)
    expect(forms.map((f) => [f.applicant, f.relation])).toEqual([
      [false, 'SELF'],
      [true, 'SELF'],
    ])
    expect(membersProblem(forms)).toBe('manySelf')
  })
})

describe('a member-change application', () => {
  it('sends new members (never applicants) and the ids of members who leave, once each', () => {
    const added = form({ name: '王强', relation: 'SPOUSE', idNumber: SAMPLE_ID, applicant: true, id: 99 })
    expect(memberChange([added], [12, 12])).toEqual({
      members: [{ relation: 'SPOUSE', name: '王强', idType: 'RESIDENT_ID', idNumber: SAMPLE_ID, phone: null, birthDate: null, employer: null, applicant: false }],
      removeMemberIds: [12],
    })
  })

  it('needs a change, and no second 本人', () => {
    expect(memberChangeProblem([], [])).toBe('noChange')
    expect(memberChangeProblem([], [12])).toBeNull()
    expect(memberChangeProblem([form({ relation: 'SELF' })], [])).toBe('selfAdded')
    expect(i18n.global.t('leasing.member.listProblem.noChange')).toBe('请新增成员或选择要迁出的成员')
  })

  it('offers every member but the main applicant for removal', () => {
    expect(removableMembers(stored).map((m) => m.name)).toEqual(['李小雨'])
  })
})
