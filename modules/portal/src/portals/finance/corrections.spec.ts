import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import { canReverse, canWriteOff, reasonProblem, reversalEffectKey, reversalsById, reversalState } from './corrections'
import type { LedgerEntry, LedgerKind } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const holder = (...permissions: string[]) => (p: string) => permissions.some((q) => q === p || q === `${p.split(':')[0]}:*`)
const approver = holder('finance:read', 'finance:approve')
const reader = holder('finance:read', 'finance:write')

let nextId = 1
function entry(kind: LedgerKind, amount: number, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id: nextId++, postedAt: '2026-11-01T01:00:00Z', month: '2026-11', kind, leaseId: 7, amount, actor: 'admin@demo', ...extra }
}

describe('write-off (核销)', () => {
  it('is offered on open and partly paid bills, to holders of finance:approve only', () => {
    expect(canWriteOff({ status: 'OPEN' }, approver)).toBe(true)
    expect(canWriteOff({ status: 'PARTIAL' }, approver)).toBe(true)
    expect(canWriteOff({ status: 'PARTIAL' }, holder('finance:*'))).toBe(true)
    expect(canWriteOff({ status: 'OPEN' }, reader)).toBe(false)
    for (const status of ['PAID', 'WRITTEN_OFF', 'CANCELLED'] as const) expect(canWriteOff({ status }, approver), status).toBe(false)
    expect(canWriteOff(null, approver)).toBe(false)
  })
})

describe('reversal (冲正)', () => {
  const charge = entry('CHARGE', 860)
  const payment = entry('PAYMENT', -860, { paymentId: 3 })
  const reversalOfPayment = entry('REVERSAL', 860, { reversesId: payment.id, paymentId: 3 })
  const adjustment = entry('ADJUSTMENT', -20)
  const refund = entry('REFUND', 15)
  const writeOff = entry('WRITE_OFF', -100)
  const list = [charge, payment, reversalOfPayment, adjustment, refund, writeOff]
  const reversals = reversalsById(list)

  it('knows an entry is reversed when another listed entry names it in reversesId', () => {
    expect([...reversals.entries()]).toEqual([[payment.id, reversalOfPayment.id]])
    expect(reversalState(payment, reversals)).toBe('reversed')
    expect(reversalState(charge, reversals)).toBe('reversible')
    expect(reversalState(writeOff, reversals)).toBe('reversible')
  })

  it('offers 冲正 on charges, write-offs and payments not reversed yet — never on adjustments, refunds or reversals', () => {
    const offered = list.filter((e) => canReverse(e, reversals, approver)).map((e) => e.kind)
    expect(offered).toEqual(['CHARGE', 'WRITE_OFF'])
    expect(reversalState(adjustment, reversals)).toBe('final')
    expect(reversalState(refund, reversals)).toBe('final')
    expect(reversalState(reversalOfPayment, reversals)).toBe('final')
  })

  it('offers nothing without finance:approve', () => {
    expect(list.filter((e) => canReverse(e, reversals, reader))).toEqual([])
  })

  it('treats an unreversed payment as reversible again once its reversal is not in the list', () => {
    const again = reversalsById([charge, payment])
    expect(canReverse(payment, again, approver)).toBe(true)
  })

  it('says what reversing each kind does, in both languages', () => {
    const { t } = i18n.global
    expect(t(reversalEffectKey('CHARGE'))).toContain('已撤销')
    expect(t(reversalEffectKey('WRITE_OFF'))).toContain('恢复为待缴')
    expect(t(reversalEffectKey('PAYMENT'))).toContain('仅限柜台收款和银行代扣')
    expect(t(reversalEffectKey('REFUND'))).toBe('该类分录不能冲正。')
    i18n.global.locale.value = 'en'
    expect(t(reversalEffectKey('PAYMENT'))).toContain('counter and direct debit only')
  })
})

describe('the reason of a correction', () => {
  it('is required and at most 200 characters, as the server checks it', () => {
    expect(reasonProblem('')).toBe('required')
    expect(reasonProblem('   ')).toBe('required')
    expect(reasonProblem(undefined)).toBe('required')
    expect(reasonProblem('住户已故，经批准核销')).toBeNull()
    expect(reasonProblem('字'.repeat(200))).toBeNull()
    expect(reasonProblem(` ${'字'.repeat(200)} `)).toBeNull()
    expect(reasonProblem('字'.repeat(201))).toBe('tooLong')
    expect(i18n.global.t('finance.correction.rules.required')).toBe('请填写原因')
    expect(i18n.global.t('finance.correction.rules.tooLong')).toBe('原因不超过 200 个字')
  })
})
