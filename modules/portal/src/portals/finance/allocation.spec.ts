import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import {
  allocationLines,
  allocationSummary,
  canSelectWith,
  creditText,
  defaultSelection,
  expiresAtOf,
  formatCountdown,
  payableBills,
  resultKind,
  secondsLeft,
  selectedTotal,
} from './allocation'
import { ledgerTotals, withRunningBalance } from './ledger'
import { followRun, isFinished, pollDelay } from './runs'
import type { Bill, BillingRun, LedgerEntry } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const bill = (id: number, leaseId: number, period: string, outstanding: number, status: Bill['status'] = 'OPEN'): Bill => ({
  id,
  number: `B${period.replace('-', '')}-${id}`,
  leaseId,
  period,
  dueDate: `${period}-15`,
  amount: outstanding,
  paid: 0,
  outstanding,
  status,
  daysOverdue: 0,
  lines: [],
})

describe('what a payment paid', () => {
  const payment = {
    status: 'PAID' as const,
    allocations: [
      { billId: 1, billNumber: 'B202610-1', period: '2026-10', amount: 860 },
      { billId: 2, billNumber: 'B202611-2', period: '2026-11', amount: 117.13 },
    ],
    credit: 22.87,
  }

  it('lists the bills in the order the server allocated them, then the credit', () => {
    expect(allocationLines(payment)).toEqual([
      { billId: 1, label: 'B202610-1 · 2026年10月', amount: '¥860.00' },
      { billId: 2, label: 'B202611-2 · 2026年11月', amount: '¥117.13' },
    ])
    expect(creditText(payment)).toBe('¥22.87 转为预存，自动抵扣以后的账单')
    expect(creditText({ credit: 0 })).toBe('')
  })

  it('sums it up on one line', () => {
    expect(allocationSummary(payment)).toBe('冲抵 2 张账单 ¥977.13，余 ¥22.87 转预存')
    expect(allocationSummary({ ...payment, allocations: [], credit: 300 })).toBe('余 ¥300.00 转预存')
    expect(allocationSummary({ ...payment, status: 'FAILED' })).toBe('—')
    i18n.global.locale.value = 'en'
    expect(allocationSummary(payment)).toBe('Bills paid: 2, ¥977.13; ¥22.87 to credit')
  })
})

describe("the resident's choice of bills", () => {
  const bills = [bill(3, 7, '2026-11', 277.13), bill(2, 7, '2026-10', 860), bill(1, 7, '2026-09', 0, 'PAID'), bill(9, 8, '2026-08', 100.5, 'PARTIAL')]

  it('offers the unpaid bills oldest first and ticks those of the oldest lease', () => {
    expect(payableBills(bills).map((b) => b.id)).toEqual([9, 2, 3])
    expect(defaultSelection(bills)).toEqual([9])
    expect(defaultSelection(bills.filter((b) => b.leaseId === 7))).toEqual([2, 3])
    expect(defaultSelection([bill(1, 7, '2026-09', 0, 'PAID')])).toEqual([])
  })

  it('adds bills of the same lease only, never paid ones', () => {
    expect(canSelectWith(bills, [2], 3)).toBe(true)
    expect(canSelectWith(bills, [2], 9)).toBe(false)
    expect(canSelectWith(bills, [], 9)).toBe(true)
    expect(canSelectWith(bills, [], 1)).toBe(false)
  })

  it('totals the chosen bills to the fen', () => {
    expect(selectedTotal(bills, [2, 3])).toBe(1137.13)
    expect(selectedTotal([bill(1, 1, '2026-01', 0.1), bill(2, 1, '2026-02', 0.2)], [1, 2])).toBe(0.3)
    expect(selectedTotal(bills, [])).toBe(0)
  })
})

describe('the cashier and the result', () => {
  it('counts down the 30 minutes an order stays open', () => {
    const created = '2026-11-22T00:00:00Z'
    const expires = expiresAtOf({ createdAt: created })
    expect(expires).toBe('2026-11-22T00:30:00.000Z')
    expect(secondsLeft(expires, Date.parse('2026-11-22T00:00:55Z'))).toBe(1745)
    expect(formatCountdown(1745)).toBe('29:05')
    expect(secondsLeft(expires, Date.parse('2026-11-22T01:00:00Z'))).toBe(0)
    expect(formatCountdown(0)).toBe('00:00')
  })

  it('says paid, not paid or waiting', () => {
    expect(resultKind({ status: 'PAID' })).toBe('success')
    expect(resultKind({ status: 'FAILED' })).toBe('failed')
    expect(resultKind({ status: 'CLOSED' })).toBe('failed')
    expect(resultKind({ status: 'CREATED' })).toBe('waiting')
  })
})

describe('the rent ledger', () => {
  const entry = (id: number, kind: LedgerEntry['kind'], amount: number, leaseId = 7): LedgerEntry => ({
    id,
    postedAt: `2026-11-22T00:0${id}:00Z`,
    month: '2026-11',
    kind,
    leaseId,
    amount,
    actor: 'admin@demo',
  })

  it('carries the balance after each entry: charges raise it, payments lower it', () => {
    const rows = withRunningBalance([entry(1, 'CHARGE', 277.13), entry(2, 'PAYMENT', -300), entry(3, 'CHARGE', 860)])
    expect(rows.map((r) => r.runningBalance)).toEqual([277.13, -22.87, 837.13])
    expect(ledgerTotals(rows)).toEqual({ charged: 1137.13, paid: 300, other: 0, balance: 837.13 })
  })

  it("keeps each lease's own balance when a household's leases are listed together", () => {
    const rows = withRunningBalance([entry(1, 'CHARGE', 100, 7), entry(2, 'CHARGE', 50, 8), entry(3, 'PAYMENT', -100, 7)])
    expect(rows.map((r) => r.runningBalance)).toEqual([100, 50, 0])
  })
})

describe('following a billing run', () => {
  const run = (status: BillingRun['status'], created = 0): BillingRun => ({
    id: 1,
    period: '2026-11',
    status,
    leases: 2,
    created,
    amount: 0,
    actor: 'admin@demo',
    startedAt: '2026-11-22T00:00:00Z',
  })

  it('polls until the run is done, a little slower each time', async () => {
    const answers = [run('RUNNING'), run('RUNNING', 1), run('DONE', 2)]
    const seen: string[] = []
    const delays: number[] = []
    const done = await followRun(
      async () => answers.shift()!,
      (r) => seen.push(`${r.status}:${r.created}`),
      new AbortController().signal,
      async (ms) => {
        delays.push(ms)
      },
    )
    expect(done.status).toBe('DONE')
    expect(seen).toEqual(['RUNNING:0', 'RUNNING:1', 'DONE:2'])
    expect(delays).toEqual([500, 750, 1125])
    expect(pollDelay(20)).toBe(3000)
    expect(isFinished(run('FAILED'))).toBe(true)
  })

  it('stops when the page goes away', async () => {
    const c = new AbortController()
    c.abort()
    await expect(followRun(async () => run('RUNNING'), () => {}, c.signal)).rejects.toMatchObject({ name: 'AbortError' })
  })
})
