import { afterEach, describe, expect, it } from 'vitest'
import '@/portals'
import { i18n } from '@/app/i18n'
import { portalRegistry } from '@/app/registry'
import type { CurrentUser } from '@/app/types'
import { canPropose, decisionBlock } from './actions'
import {
  accountFieldLabel,
  accountFieldValue,
  BILL_FILTER_STATUSES,
  BILL_STATUSES,
  billBadge,
  billStatusTagType,
  channelText,
  dueText,
  financeLabel,
  isPayable,
  LEDGER_KINDS,
  dunningChannelsText,
  lineCategoryLabel,
  PAYMENT_FILTER_STATUSES,
  PAYMENT_STATUSES,
  paymentStatusTagType,
  ruleText,
} from './labels'
import { adjustmentQuery, billQuery, ledgerQuery, paymentQuery } from './query'
import { dunningProblem, isDueDay, sortDunning } from './settings'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('finance labels', () => {
  it('names bill and payment statuses as residents and staff read them, in both languages', () => {
    expect(BILL_STATUSES.map((s) => financeLabel('billStatus', s))).toEqual(['待缴', '部分缴纳', '已缴清', '已核销', '已撤销'])
    expect(PAYMENT_STATUSES.map((s) => financeLabel('paymentStatus', s))).toEqual(['待支付', '支付成功', '支付失败', '已关闭', '已冲正'])
    expect(LEDGER_KINDS.map((k) => financeLabel('ledgerKind', k))).toEqual(['应收', '收款', '调整', '核销', '退款', '冲正'])
    i18n.global.locale.value = 'en'
    expect(financeLabel('billStatus', 'PARTIAL')).toBe('Partly paid')
    expect(financeLabel('billStatus', 'SOMETHING_NEW')).toBe('SOMETHING_NEW')
    expect(financeLabel('billStatus', 'CANCELLED')).toBe('Cancelled')
    expect(financeLabel('paymentStatus', 'REVERSED')).toBe('Reversed')
  })

  it('shows a cancelled bill as 已撤销 (grey, nothing to pay) and a reversed payment as 已冲正 (red)', () => {
    const cancelled = { status: 'CANCELLED' as const, daysOverdue: 40, outstanding: 0 }
    expect(billBadge(cancelled)).toEqual({ label: '已撤销', type: 'info', overdue: false })
    expect(isPayable({ status: 'CANCELLED', outstanding: 277.13 })).toBe(false)
    expect(dueText({ status: 'CANCELLED', dueDate: '2026-11-15', outstanding: 0, daysOverdue: 0 })).toBe('已撤销')
    expect(billStatusTagType('CANCELLED')).toBe('info')
    expect(paymentStatusTagType('REVERSED')).toBe('danger')
    expect(paymentStatusTagType('PAID')).toBe('success')
  })

  it('filters lists by every status the server accepts, corrections included, and nothing else', () => {
    expect(BILL_FILTER_STATUSES).toEqual(['OPEN', 'PARTIAL', 'PAID', 'WRITTEN_OFF', 'CANCELLED'])
    expect(PAYMENT_FILTER_STATUSES).toEqual(['CREATED', 'PAID', 'FAILED', 'CLOSED', 'REVERSED'])
    expect(billQuery({ status: 'CANCELLED' }).status).toBe('CANCELLED')
    expect(paymentQuery({ status: 'REVERSED' }).status).toBe('REVERSED')
    expect(billQuery({ status: 'VOID' }).status).toBeUndefined()
    expect(billQuery({ status: 'WRITTEN_OFF' }).status).toBe('WRITTEN_OFF')
  })

  it('words the channels a dunning notice went through', () => {
    expect(dunningChannelsText('APP,SMS')).toBe('站内通知、短信')
    expect(dunningChannelsText(' APP , STAFF ,FAX')).toBe('站内通知、通知工作人员上门、FAX')
    expect(dunningChannelsText('')).toBe('')
    i18n.global.locale.value = 'en'
    expect(dunningChannelsText('APP,SMS')).toBe('In-app, SMS')
  })

  it('marks unpaid bills past their due date as overdue with the days, in red', () => {
    const open = { status: 'OPEN' as const, daysOverdue: 0, outstanding: 277.13 }
    expect(billBadge(open)).toEqual({ label: '待缴', type: 'primary', overdue: false })
    expect(billBadge({ ...open, daysOverdue: 12 })).toEqual({ label: '已逾期 12 天', type: 'danger', overdue: true })
    expect(billBadge({ ...open, status: 'PARTIAL', daysOverdue: 3 }).label).toBe('已逾期 3 天')
    expect(billBadge({ status: 'PAID', daysOverdue: 0, outstanding: 0 })).toEqual({ label: '已缴清', type: 'success', overdue: false })
    expect(isPayable({ status: 'PAID', outstanding: 0 })).toBe(false)
    expect(isPayable({ status: 'OPEN', outstanding: '0.00' })).toBe(false)
    expect(dueText({ status: 'OPEN', dueDate: '2026-11-15', outstanding: 10, daysOverdue: 0 })).toBe('请于 2026-11-15 前缴纳')
    i18n.global.locale.value = 'en'
    expect(billBadge({ ...open, daysOverdue: 12 }).label).toBe('12 days overdue')
  })

  it('words category rent rules', () => {
    expect(ruleText(null)).toBe('按标准（100%）')
    expect(ruleText({ mode: 'STANDARD' })).toBe('按标准（100%）')
    expect(ruleText({ mode: 'DISCOUNT', value: 60 })).toBe('标准的 60%')
    expect(ruleText({ mode: 'DISCOUNT', value: '62.50' })).toBe('标准的 62.5%')
    expect(ruleText({ mode: 'FIXED_RATE', value: 8.8 })).toBe('固定单价 ¥8.80/㎡·月')
    expect(ruleText({ mode: 'FIXED_AMOUNT', value: 500 })).toBe('固定月租 ¥500.00')
  })

  it('names channels with the counter method, and bill lines by fee category', () => {
    expect(channelText({ channel: 'COUNTER', method: 'CASH' })).toBe('柜台收款 · 现金')
    expect(channelText({ channel: 'SANDBOX' })).toBe('沙箱支付')
    expect(lineCategoryLabel('RENT')).toBe('租金')
    expect(lineCategoryLabel('PROPERTY')).toBe('物业费')
  })

  it("words a lease account's rent history", () => {
    expect(accountFieldLabel('monthlyRent')).toBe('月租金')
    expect(accountFieldValue('monthlyRent', '860.00')).toBe('¥860.00')
    expect(accountFieldValue('eligibilityCategory', 'LOW_INCOME')).toBe('低收入')
    expect(accountFieldValue('active', 'true')).toBe('计费中')
    expect(accountFieldValue('billingUntil', null)).toBe('—')
    expect(accountFieldLabel('somethingElse')).toBe('somethingElse')
  })
})

describe('what a finance user may do', () => {
  const user = (permissions: string[], username = 'wang') => ({ can: (p: string) => permissions.some((q) => q === p || q === p.split(':')[0] + ':*'), username, organization: 'demo' })

  it('decides pending adjustments with finance:approve, never their own', () => {
    const adj = { status: 'PENDING' as const, requestedBy: 'admin@demo' }
    expect(decisionBlock(adj, user(['finance:approve']))).toBeNull()
    expect(decisionBlock(adj, user(['finance:approve'], 'admin'))).toBe('ownProposal')
    expect(decisionBlock(adj, user(['finance:read']))).toBe('permission')
    expect(decisionBlock({ ...adj, status: 'APPROVED' }, user(['finance:*']))).toBe('decided')
  })

  it('proposes a rent change on an active account without one pending', () => {
    const writer = user(['finance:write'])
    expect(canPropose({ active: true }, [], writer)).toBe(true)
    expect(canPropose({ active: true }, [{ status: 'PENDING' }], writer)).toBe(false)
    expect(canPropose({ active: false }, [], writer)).toBe(false)
    expect(canPropose({ active: true }, [{ status: 'REJECTED' }], user(['finance:read']))).toBe(false)
  })
})

describe('list filters as API queries', () => {
  it('keeps only known values', () => {
    expect(billQuery({ leaseId: '12', projectId: 'x', period: '2026-11', status: 'PAID', overdue: 'true' }, 2, 50)).toEqual({
      leaseId: 12,
      projectId: undefined,
      period: '2026-11',
      status: 'PAID',
      overdue: true,
      page: 2,
      size: 50,
    })
    expect(billQuery({ period: '2026-13', status: 'LOST', overdue: '' })).toMatchObject({ period: undefined, status: undefined, overdue: undefined })
    expect(paymentQuery({ channel: 'COUNTER', status: 'PAID', leaseId: '-1' })).toMatchObject({ channel: 'COUNTER', status: 'PAID', leaseId: undefined })
    expect(adjustmentQuery({ status: 'PENDING', leaseId: '' })).toEqual({ status: 'PENDING', leaseId: undefined })
  })

  it('asks the ledger for a lease or a household, never for everything', () => {
    expect(ledgerQuery({})).toBeNull()
    expect(ledgerQuery({ leaseId: '7', householdId: '3', month: '2026-11' })).toEqual({ leaseId: 7, householdId: undefined, month: '2026-11' })
    expect(ledgerQuery({ householdId: '3', month: 'x' })).toEqual({ leaseId: undefined, householdId: 3, month: undefined })
  })
})

describe('finance settings', () => {
  it('checks the due day and the dunning schedule', () => {
    expect(isDueDay(15)).toBe(true)
    expect(isDueDay(29)).toBe(false)
    expect(isDueDay(undefined)).toBe(false)
    expect(dunningProblem([3, 15, 30])).toBeNull()
    expect(dunningProblem([])).toBe('count')
    expect(dunningProblem([3, 15, 30, 60])).toBe('count')
    expect(dunningProblem([3, undefined])).toBe('count')
    expect(dunningProblem([0])).toBe('range')
    expect(dunningProblem([15, 15])).toBe('duplicate')
    expect(sortDunning([30, 3, 15])).toEqual([3, 15, 30])
  })
})

describe('finance menu', () => {
  const user = (permissions: string[], audience: CurrentUser['audience'] = 'OPERATOR') => ({ audience, permissions }) as Pick<CurrentUser, 'audience' | 'permissions'>

  it('gives a finance officer the 财务管理 section without the admin-only settings', () => {
    const officer = user(['finance:read', 'finance:write', 'payment:collect', 'lease:read', 'household:read'])
    const section = portalRegistry.menuFor(officer).find((g) => g.section?.id === 'finance')
    expect(i18n.global.t(section!.section!.title)).toBe('财务管理')
    expect(section?.items.map((i) => i18n.global.t(i.title))).toEqual(['租金标准', '调租审批', '出账', '账单', '收款', '租金台账', '日对账', '欠费与催缴', '银行代扣'])
    expect(portalRegistry.menuFor(user(['finance:*'])).find((g) => g.section?.id === 'finance')?.items.map((i) => i.name)).toContain('finance-settings')
    expect(portalRegistry.menuFor(user(['lease:read'])).find((g) => g.section?.id === 'finance')).toBeUndefined()
  })

  it('puts 日对账 next to the ledger at finance/reconciliation, for finance:read, operators only', () => {
    const page = portalRegistry.page('finance-reconciliation')
    expect(page?.path).toBe('finance/reconciliation')
    expect(page?.permission).toBe('finance:read')
    expect(page?.audiences).toEqual(['OPERATOR'])
    expect(portalRegistry.menuFor(user(['finance:read'])).find((g) => g.section?.id === 'finance')?.items.map((i) => i.name)).toContain('finance-reconciliation')
    expect(portalRegistry.permittedPages(user(['lease:read'])).map((p) => p.name)).not.toContain('finance-reconciliation')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t(page!.title)).toBe('Daily reconciliation')
  })

  it('puts the cashier at the payUrl the server answers (/o/<code>/pay/<orderNo>) and keeps it resident-only', () => {
    expect(portalRegistry.page('resident-pay')?.path).toBe('pay/:orderNo')
    expect(portalRegistry.page('resident-pay')?.audiences).toEqual(['RESIDENT'])
    expect(portalRegistry.permittedPages(user(['finance:*'])).map((p) => p.name)).not.toContain('resident-pay')
  })
})
