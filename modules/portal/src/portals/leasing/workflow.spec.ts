import { describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import { leaseActions, reasonRequired } from './actions'
import { applicationDetails, APPROVE_FIELDS } from './applications'
import { currentStep, mayDecide, roleLabel, stepDisplay } from './approval'
import { addMonths, daysBetween, defaultEndDate, isIsoDate, offsetsProblem, sortOffsets } from './dates'
import { estimatedFee, formatFeeAmount, isMoneyText, money, moneyText, moneyValue } from './fees'
import { blankStep, moveStep, stepInputs, stepsProblem } from './steps'
import { CATALOGUE_CODE, insertAt, token, unknownPlaceholders, usedPlaceholders } from './templates'
import type { Approval, ApprovalStep } from './types'

const all = () => true
const officer = { can: (p: string) => ['lease:read', 'lease:write', 'lease:terminate'].includes(p), roles: ['leasing_officer'], username: 'li.na' }
const approver = { can: (p: string) => ['lease:read', 'lease:approve'].includes(p), roles: ['lease_approver'], username: 'wang.qiang', displayName: '王强' }

function step(overrides: Partial<ApprovalStep>): ApprovalStep {
  return { stepNo: 1, name: '合同审批', roles: ['lease_approver', 'org_admin'], mode: 'ANY', state: 'CURRENT', decisions: [], ...overrides }
}

function approval(...steps: ApprovalStep[]): Approval {
  return { round: 1, currentStep: steps.find((s) => s.state === 'CURRENT')?.stepNo ?? null, steps }
}

describe('lease actions by status, permission and step', () => {
  it('lets an officer edit, submit and cancel a draft; an approver only reads it', () => {
    expect(leaseActions({ status: 'DRAFT', allowedNext: ['PENDING_APPROVAL', 'CANCELLED'] }, officer)).toEqual(['submit', 'edit', 'cancel', 'contractPdf'])
    expect(leaseActions({ status: 'DRAFT' }, approver)).toEqual(['contractPdf'])
  })

  it("offers approve, reject and return only to a holder of the current step's role who has not decided", () => {
    const pending = { status: 'PENDING_APPROVAL' as const, approval: approval(step({})) }
    expect(leaseActions(pending, approver)).toEqual(['approve', 'reject', 'return', 'contractPdf'])
    expect(leaseActions(pending, { ...approver, roles: ['leasing_officer'] })).toEqual(['contractPdf'])
    const decided = { ...pending, approval: approval(step({ mode: 'ALL', decisions: [{ role: 'lease_approver', decision: 'APPROVE', actor: '王强', at: '2026-03-01T00:00:00Z' }] })) }
    expect(leaseActions(decided, approver)).toEqual(['contractPdf'])
  })

  it('checks in a signed lease, terminates a live or expired one, never offers what the server does not allow next', () => {
    expect(leaseActions({ status: 'SIGNED', allowedNext: ['ACTIVE', 'CANCELLED'] }, officer)).toEqual(['checkIn', 'cancel', 'contractPdf'])
    expect(leaseActions({ status: 'SIGNED', allowedNext: ['CANCELLED'] }, officer)).toEqual(['cancel', 'contractPdf'])
    expect(leaseActions({ status: 'EXPIRED' }, officer)).toEqual(['terminate', 'contractPdf'])
    expect(leaseActions({ status: 'CANCELLED' }, { ...officer, can: all })).toEqual([])
    expect([reasonRequired('reject'), reasonRequired('return'), reasonRequired('cancel'), reasonRequired('approve'), reasonRequired('submit')]).toEqual([true, true, true, false, false])
  })
})

describe('approval steps (R6.3c)', () => {
  it('counts an "all" step per role, and says whose approval it waits for', () => {
    const s = step({ mode: 'ALL', roles: ['lease_approver', 'finance'], decisions: [{ role: 'finance', decision: 'APPROVE', actor: '赵六', at: '2026-03-01T00:00:00Z' }] })
    expect(stepDisplay(s)).toMatchObject({ type: 'primary', hollow: false, approved: 1, needed: 2, pendingRoles: ['lease_approver'], refusal: null })
    expect(mayDecide(approval(s), approver)).toBe(true)
    expect(mayDecide(approval(s), { ...approver, roles: ['finance'], username: 'other' })).toBe(false)
  })

  it('needs one approval for an "any" step; a done step is green, a waiting one hollow grey, a return amber, a rejection red', () => {
    expect(stepDisplay(step({ state: 'DONE', decisions: [{ role: 'org_admin', decision: 'APPROVE', actor: 'admin', at: 'x' }] }))).toMatchObject({ type: 'success', approved: 1, needed: 1, pendingRoles: [] })
    expect(stepDisplay(step({ state: 'WAITING' }))).toMatchObject({ type: 'info', hollow: true, approved: 0, pendingRoles: ['lease_approver', 'org_admin'] })
    expect(stepDisplay(step({ decisions: [{ role: 'org_admin', decision: 'RETURN', actor: 'admin', reason: '租金有误', at: 'x' }] })).type).toBe('warning')
    expect(stepDisplay(step({ decisions: [{ role: 'org_admin', decision: 'REJECT', actor: 'admin', reason: '不符合条件', at: 'x' }] })).refusal?.reason).toBe('不符合条件')
  })

  it('finds the current step by its state, else by number, and names roles for people', () => {
    const a = approval(step({ stepNo: 1, state: 'DONE' }), step({ stepNo: 2, name: '复核', state: 'WAITING' }))
    expect(currentStep(a)).toBeNull()
    expect(currentStep({ ...a, currentStep: 2 })?.name).toBe('复核')
    expect(currentStep(null)).toBeNull()
    expect(roleLabel('finance', new Map([['finance', '财务']]), () => null)).toBe('财务')
    expect(roleLabel('lease_approver', {}, (c) => (c === 'lease_approver' ? '合同审批人' : null))).toBe('合同审批人')
    expect(roleLabel('x_custom', {}, () => null)).toBe('x_custom')
  })
})

describe('contract dates (LocalDate arithmetic)', () => {
  it('ends a lease a day before the same date after the term, clamping month ends', () => {
    expect(defaultEndDate('2026-03-01', 36)).toBe('2029-02-28')
    expect(defaultEndDate('2026-01-31', 1)).toBe('2026-02-27')
    expect(defaultEndDate('2028-02-29', 12)).toBe('2029-02-27')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(defaultEndDate('2026-03-01', 0)).toBeUndefined()
    expect(defaultEndDate('2026-02-30', 12)).toBeUndefined()
    expect(isIsoDate('2026-02-29')).toBe(false)
  })

  it('counts days to an end, and checks renewal reminder offsets', () => {
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28)
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28)
    expect(offsetsProblem([90, 60, 30])).toBeNull()
    expect(offsetsProblem([])).toBe('count')
    expect(offsetsProblem([90, 60, 30, 7])).toBe('count')
    expect(offsetsProblem([0])).toBe('range')
    expect(offsetsProblem([30, 30])).toBe('duplicate')
    expect(sortOffsets([30, 90, 60])).toEqual([90, 60, 30])
  })
})

describe('money and fee items', () => {
  it('takes amounts with at most 2 decimals, never negative, and shows them in CNY', () => {
    expect(['860', '860.5', '860.50', '0'].map(isMoneyText)).toEqual([true, true, true, true])
    expect(['-1', '1.005', 'abc', ''].map(isMoneyText)).toEqual([false, false, false, false])
    expect(moneyValue(' 1720.5 ')).toBe(1720.5)
    expect(moneyValue('1.005')).toBeUndefined()
    expect(moneyText(1200)).toBe('1200.00')
    expect(money(1720)).toBe('¥1,720.00')
    expect(money(null)).toBe('—')
  })

  it('shows what a fee item is charged per', () => {
    expect(formatFeeAmount({ rule: 'FIXED', amount: 120, cycle: 'MONTHLY' })).toBe('¥120.00 / 月')
    expect(formatFeeAmount({ rule: 'PER_AREA', amount: 1.5, cycle: 'MONTHLY' })).toBe('¥1.50 / ㎡ / 月')
    expect(formatFeeAmount({ rule: 'METERED', amount: 0.54, cycle: 'METERED', unit: '度' })).toBe('¥0.54 / 度')
    expect(formatFeeAmount({ rule: 'FIXED', amount: 500, cycle: 'ONCE' })).toBe('¥500.00')
    // Units written as prices (as the seeded catalogue has them) say the whole "per" already.
    expect(formatFeeAmount({ rule: 'METERED', amount: 0.54, cycle: 'METERED', unit: '元/kWh' })).toBe('¥0.54 / kWh')
    expect(formatFeeAmount({ rule: 'PER_AREA', amount: 1.5, cycle: 'MONTHLY', unit: '元/㎡·月' })).toBe('¥1.50 / ㎡·月')
    expect(formatFeeAmount({ rule: 'FIXED', amount: 2000, cycle: 'ONCE', unit: '元' })).toBe('¥2,000.00')
    // Element Plus renders column slots once with an empty row: no "leasing.fee.per.undefined".
    expect(formatFeeAmount({} as never)).toBe('')
  })

  it('estimates a fee per cycle for the unit (per area to the fen), none for metered items', () => {
    expect(estimatedFee({ rule: 'PER_AREA', amount: 1.5 }, 42.5)).toBe(63.75)
    expect(estimatedFee({ rule: 'PER_AREA', amount: 1.35 }, 45.55)).toBe(61.49)
    expect(estimatedFee({ rule: 'FIXED', amount: '120' }, null)).toBe(120)
    expect(estimatedFee({ rule: 'PER_AREA', amount: 1.5 }, null)).toBeNull()
    expect(estimatedFee({ rule: 'METERED', amount: 0.54 }, 42.5)).toBeNull()
  })
})

describe("residents' applications as staff read them", () => {
  it('shows a member change as the new members and those who leave, not internal ids', () => {
    const lines = applicationDetails({
      details: {
        members: [{ relation: 'SPOUSE', name: '王强', idNumber: '1101**********002X' }],
        removeMemberIds: [12],
        removeMemberNames: ['李小雨'],
      },
    })
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ['新增成员', '王强（配偶）'],
      ['迁出成员', '李小雨'],
    ])
  })

  it('formats income and renewal terms; staff set a unit for a swap only', () => {
    expect(applicationDetails({ details: { incomeMonthly: 3200, renewalMonths: 24, extra: 'x' } }).map((l) => [l.label, l.value])).toEqual([
      ['月收入', '¥3,200.00'],
      ['续租时长', '24 个月'],
      ['extra', 'x'],
    ])
    expect(Object.entries(APPROVE_FIELDS).filter(([, f]) => f.includes('unitId')).map(([t]) => t)).toEqual(['SWAP'])
  })
})

describe('lease types and contract templates', () => {
  it('numbers approval steps in the order shown, roles once each', () => {
    const a = { ...blankStep(), name: ' 初审 ', roles: ['leasing_officer', 'leasing_officer'] }
    const b = { ...blankStep(), name: '复核', roles: ['lease_approver'], mode: 'ALL' as const }
    const list = [a, b]
    moveStep(list, 1, -1)
    moveStep(list, 0, -1)
    expect(stepInputs(list)).toEqual([
      { stepNo: 1, name: '复核', roles: ['lease_approver'], mode: 'ALL' },
      { stepNo: 2, name: '初审', roles: ['leasing_officer'], mode: 'ANY' },
    ])
    expect(stepsProblem([])).toEqual({ index: -1, problem: 'none' })
    expect(stepsProblem([a, { ...blankStep(), name: '终审' }])).toEqual({ index: 1, problem: 'roles' })
    expect(i18n.global.t('leasing.leaseType.stepProblem.roles', { n: 2 })).toBe('请为第 2 级选择至少一个审批角色')
  })

  it('finds placeholders the server would refuse, and inserts one at the cursor', () => {
    const body = '承租人 {{tenant.name}}，房源 {{ unit.label }}，{{tenant.phone}}，{{tenant.phone}} {{lease.rent}}'
    expect(unknownPlaceholders(body)).toEqual(['tenant.phone'])
    expect(usedPlaceholders(body)).toEqual(['tenant.name', 'unit.label', 'lease.rent'])
    expect(insertAt('月租金 元', 4, 4, token('lease.rent'))).toEqual({ text: '月租金 {{lease.rent}}元', caret: 18 })
  })

  it('accepts codes the server stores (upper-cased letters, digits, underscores)', () => {
    expect(['STANDARD', 'talent_2026', 'T1'].map((c) => CATALOGUE_CODE.test(c))).toEqual([true, true, true])
    expect(['1ST', 'A', 'TALENT-2026', '人才'].map((c) => CATALOGUE_CODE.test(c))).toEqual([false, false, false, false])
  })
})
