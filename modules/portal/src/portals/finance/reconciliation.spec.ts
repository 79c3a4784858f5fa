import { afterEach, describe, expect, it } from 'vitest'
import { AA_NORMAL, contrastRatio, WHITE } from '@/app/color'
import { i18n } from '@/app/i18n'
import {
  balanceBadge,
  callbackRows,
  discrepancyDetail,
  discrepancyLabel,
  discrepancyTagType,
  DISCREPANCY_KINDS,
  isIsoDate,
  localIsoDate,
  reconciliationDate,
  rollForward,
  shiftDate,
  VERDICT_COLORS,
  yesterdayInShanghai,
} from './reconciliation'
import type { ReconciliationReport } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

function report(over: Partial<ReconciliationReport> = {}): ReconciliationReport {
  return {
    date: '2026-11-21',
    channels: [
      { channel: 'COUNTER', payments: 2, paid: 1720, posted: 2, postedAmount: 1720, refunded: 0, reversed: 860, net: 860, matched: true },
      { channel: 'SANDBOX', payments: 1, paid: 277.13, posted: 1, postedAmount: 277.13, refunded: 0, reversed: 0, net: 277.13, matched: true },
    ],
    openingBalance: 5000,
    movements: [
      { kind: 'PAYMENT', entries: 3, amount: -1997.13 },
      { kind: 'REVERSAL', entries: 1, amount: 860 },
      { kind: 'CHARGE', entries: 4, amount: 3440.5 },
    ],
    closingBalance: 7303.37,
    callbacks: { received: 3, verified: 2, posted: 1, duplicates: 1, refused: 1 },
    discrepancies: [],
    balanced: true,
    ...over,
  }
}

describe('which day', () => {
  // 2026-11-22 01:30 in Beijing is still 2026-11-21 in UTC.
  const now = new Date('2026-11-21T17:30:00Z')

  it('defaults to yesterday in Beijing, whatever the browser zone', () => {
    expect(yesterdayInShanghai(now)).toBe('2026-11-21')
    expect(yesterdayInShanghai(new Date('2026-03-01T04:00:00Z'))).toBe('2026-02-28')
    expect(reconciliationDate(undefined, now)).toBe('2026-11-21')
  })

  it('takes a real date from the URL, not a future or impossible one', () => {
    expect(reconciliationDate('2026-11-01', now)).toBe('2026-11-01')
    expect(reconciliationDate('2026-11-22', now)).toBe('2026-11-22')
    expect(reconciliationDate('2026-11-23', now)).toBe('2026-11-21')
    expect(reconciliationDate('2026-02-30', now)).toBe('2026-11-21')
    expect(reconciliationDate('yesterday', now)).toBe('2026-11-21')
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
  })

  it('steps a day back and forth across months and years', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28')
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01')
    expect(localIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})

describe('the verdict', () => {
  it('says 平 in green when the server says the day balances', () => {
    const b = balanceBadge(report())
    expect(b.label).toBe('平')
    expect(b.type).toBe('success')
    expect(b.reasons).toEqual(['各渠道收款与台账入账一致，没有已支付未入账或入账金额不符的订单。'])
  })

  it('says 不平 in red with the channels that differ and the orders paid but not posted', () => {
    const r = report({
      balanced: false,
      channels: [
        { channel: 'WECHAT', payments: 2, paid: 500, posted: 1, postedAmount: 250, refunded: 0, reversed: 0, net: 250, matched: false },
        { channel: 'ALIPAY', payments: 1, paid: 100, posted: 0, postedAmount: 0, refunded: 0, reversed: 0, net: 0, matched: false },
        { channel: 'COUNTER', payments: 1, paid: 100, posted: 1, postedAmount: 100, refunded: 0, reversed: 0, net: 100, matched: true },
      ],
      discrepancies: [
        { kind: 'PAID_NOT_POSTED', orderNo: 'PAY1', channel: 'WECHAT', amount: 250, at: '2026-11-21T02:00:00Z' },
        { kind: 'ORDER_PENDING', orderNo: 'PAY2', channel: 'ALIPAY', amount: 100, at: '2026-11-21T03:00:00Z' },
      ],
    })
    const b = balanceBadge(r)
    expect(b.label).toBe('不平')
    expect(b.type).toBe('danger')
    expect(b.reasons).toEqual(['渠道收款与入账不一致：微信支付、支付宝', '1 笔订单已支付未入账或入账金额不符'])
    i18n.global.locale.value = 'en'
    expect(balanceBadge(r).label).toBe('Not balanced')
    expect(balanceBadge(r).reasons[0]).toBe('Channels whose payments and postings differ: WeChat Pay, Alipay')
  })

  it('writes 平 / 不平 in white on fills that stay readable (WCAG AA)', () => {
    expect(contrastRatio(WHITE, VERDICT_COLORS.success)).toBeGreaterThanOrEqual(AA_NORMAL)
    expect(contrastRatio(WHITE, VERDICT_COLORS.danger)).toBeGreaterThanOrEqual(AA_NORMAL)
  })

  it('never shows 平 when the server says otherwise, even without a reason it knows', () => {
    const b = balanceBadge(report({ balanced: false }))
    expect(b.label).toBe('不平')
    expect(b.reasons).toEqual(['请核查下列事项'])
  })
})

describe('the ledger roll-forward', () => {
  it('lists opening, each movement in the ledger kind order, closing — and checks the sum to the fen', () => {
    const r = rollForward(report())
    expect(r.rows.map((x) => [x.label, x.entries, x.amount])).toEqual([
      ['期初余额', null, 5000],
      ['应收', 4, 3440.5],
      ['收款', 3, -1997.13],
      ['冲正', 1, 860],
      ['期末余额', null, 7303.37],
    ])
    expect(r.computedClosing).toBe(7303.37)
    expect(r.consistent).toBe(true)
  })

  it('flags a closing balance that is not opening plus movements', () => {
    const r = rollForward(report({ closingBalance: '7303.38' }))
    expect(r.consistent).toBe(false)
    expect(r.computedClosing).toBe(7303.37)
  })

  it('adds decimal strings without drifting (0.1 + 0.2)', () => {
    const r = rollForward({ openingBalance: '0.10', movements: [{ kind: 'CHARGE', entries: 1, amount: '0.20' }], closingBalance: '0.30' })
    expect(r.consistent).toBe(true)
  })
})

describe('callbacks and discrepancies', () => {
  it('counts callbacks with their names, refused ones flagged', () => {
    const rows = callbackRows(report().callbacks)
    expect(rows.map((r) => `${r.label} ${r.value}`)).toEqual(['收到回调 3', '验签通过 2', '已入账 1', '重复通知 1', '验签失败 1'])
    expect(rows.filter((r) => r.warn).map((r) => r.key)).toEqual(['refused'])
    expect(callbackRows({ received: 0, verified: 0, posted: 0, duplicates: 0, refused: 0 }).some((r) => r.warn)).toBe(false)
  })

  it('names every discrepancy kind in both languages, red when it unbalances the day', () => {
    expect(DISCREPANCY_KINDS.map(discrepancyLabel)).toEqual(['已支付未入账', '入账金额不符', '订单超时未回调', '回调验签失败', '回调被拒绝'])
    expect(DISCREPANCY_KINDS.map(discrepancyTagType)).toEqual(['danger', 'danger', 'warning', 'warning', 'warning'])
    expect(discrepancyLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
    i18n.global.locale.value = 'en'
    expect(discrepancyLabel('ORDER_PENDING')).toBe('Order waiting for its channel')
  })

  it("spells out a mismatch's amounts and keeps a refused callback's reason", () => {
    expect(discrepancyDetail({ kind: 'POSTED_MISMATCH', amount: 860, detail: '800.00' })).toBe('台账入账 ¥800.00，订单支付 ¥860.00')
    expect(discrepancyDetail({ kind: 'CALLBACK_REFUSED', amount: null, detail: 'signature: bad key' })).toBe('signature: bad key')
    expect(discrepancyDetail({ kind: 'ORDER_PENDING', amount: 100, detail: null })).toBe('')
  })
})
