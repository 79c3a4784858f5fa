import { describe, expect, it } from 'vitest'
import {
  AGING_BUCKETS,
  arrearsRowsOf,
  bucketAmount,
  bucketTagType,
  channelRows,
  isAccountNo,
  isApiV3Key,
  isPublicKeyPem,
  lineErrors,
  settlementPreview,
} from './collections'
import type { ArrearsRow, ChannelConfig } from './types'

const row = (leaseNumber: string, bucket: ArrearsRow['bucket'], daysOverdue: number): ArrearsRow => ({
  leaseId: 1,
  leaseNumber,
  householdId: 1,
  payerName: '张三',
  unitLabel: '1-101',
  projectId: 1,
  d1To30: 0,
  d31To90: 0,
  d91To180: 0,
  over180: 0,
  total: 100,
  oldestDue: '2026-01-15',
  daysOverdue,
  bucket,
})

describe('arrears buckets', () => {
  it('lists the four buckets in age order and reads their amounts', () => {
    expect(AGING_BUCKETS).toEqual(['D1_30', 'D31_90', 'D91_180', 'OVER_180'])
    const report = { d1To30: 1, d31To90: 2, d91To180: 3, over180: 4 }
    expect(AGING_BUCKETS.map((b) => bucketAmount(report, b))).toEqual([1, 2, 3, 4])
  })

  it('colours older buckets more strongly', () => {
    expect(bucketTagType('D1_30')).toBe('info')
    expect(bucketTagType('D31_90')).toBe('warning')
    expect(bucketTagType('OVER_180')).toBe('danger')
  })

  it('filters by bucket and puts the most overdue first', () => {
    const rows = [row('L2', 'D1_30', 10), row('L1', 'D31_90', 40), row('L3', 'D1_30', 25)]
    expect(arrearsRowsOf(rows).map((r) => r.leaseNumber)).toEqual(['L1', 'L3', 'L2'])
    expect(arrearsRowsOf(rows, 'D1_30').map((r) => r.leaseNumber)).toEqual(['L3', 'L2'])
    expect(arrearsRowsOf(rows, '')).toHaveLength(3)
  })
})

describe('settlementPreview', () => {
  it('deducts, then applies the rest to arrears when asked, refunds what is left', () => {
    expect(settlementPreview(1500, [{ amount: '200.10' }, { amount: 99.9 }], 300, true)).toEqual({ deducted: 300, toArrears: 300, refund: 900, over: false })
    expect(settlementPreview(1500, [{ amount: 300 }], 300, false)).toEqual({ deducted: 300, toArrears: 0, refund: 1200, over: false })
  })

  it('never applies more than the rest, nor a credit', () => {
    expect(settlementPreview(1000, [{ amount: 600 }], 800, true)).toEqual({ deducted: 600, toArrears: 400, refund: 0, over: false })
    expect(settlementPreview(1000, [], -50, true)).toEqual({ deducted: 0, toArrears: 0, refund: 1000, over: false })
  })

  it('flags deductions above the deposit and ignores unreadable amounts', () => {
    expect(settlementPreview(100, [{ amount: 100.01 }], 0, false).over).toBe(true)
    expect(settlementPreview(100, [{ amount: 'x' }, { amount: null }], 0, false)).toEqual({ deducted: 0, toArrears: 0, refund: 100, over: false })
  })
})

describe('lineErrors', () => {
  it('picks the lines[n] errors in line order', () => {
    const problem = {
      title: 'Invalid',
      status: 400,
      code: 'validation',
      errors: [
        { field: 'lines[3]', message: 'unknown reference' },
        { field: 'body', message: 'other' },
        { field: 'lines[1]', message: 'bad result' },
      ],
    }
    expect(lineErrors(problem)).toEqual([
      { line: 1, message: 'bad result' },
      { line: 3, message: 'unknown reference' },
    ])
    expect(lineErrors(null)).toEqual([])
  })
})

describe('form checks', () => {
  it('accepts 12–30 digit account numbers, spaces allowed', () => {
    expect(isAccountNo('6222020200001234567')).toBe(true)
    expect(isAccountNo('6222 0202 0000 1234')).toBe(true)
    expect(isAccountNo('12345678901')).toBe(false)
    expect(isAccountNo('6222-0202-0000-1234')).toBe(false)
    expect(isAccountNo('')).toBe(false)
  })

  it('recognises a PEM public key and a 32-character APIv3 key', () => {
    expect(isPublicKeyPem('-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----\n')).toBe(true)
    expect(isPublicKeyPem('-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----')).toBe(false)
    expect(isApiV3Key('a'.repeat(32))).toBe(true)
    expect(isApiV3Key('a'.repeat(31))).toBe(false)
  })
})

describe('channelRows', () => {
  it('lists WeChat, Alipay and UnionPay with their settings or null', () => {
    const alipay: ChannelConfig = { channel: 'ALIPAY', merchantId: '2088', apiKeySet: false, enabled: true }
    expect(channelRows([alipay])).toEqual([
      { channel: 'WECHAT', config: null },
      { channel: 'ALIPAY', config: alipay },
      { channel: 'UNIONPAY', config: null },
    ])
  })
})
