import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDuration, formatMoney, formatNumber, minutesUntil, todayInShanghai } from './format'

describe('dates and times in Asia/Shanghai', () => {
  it('shows instants in Beijing time whatever the machine zone', () => {
    expect(formatDateTime('2026-11-21T20:24:00.165Z')).toBe('2026-11-22 04:24')
    expect(formatDateTime('2026-11-21T20:24:09Z', true)).toBe('2026-11-22 04:24:09')
    expect(formatDateTime('2026-01-01T00:00:00+08:00')).toBe('2026-01-01 00:00')
  })

  it('keeps calendar dates as they are and gives the Beijing date of instants', () => {
    expect(formatDate('2026-01-15')).toBe('2026-01-15')
    expect(formatDate('2026-11-21T17:00:00Z')).toBe('2026-11-22')
    expect(todayInShanghai(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
  })

  it('empty or invalid input gives an empty string', () => {
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
  })

  it('counts minutes until an instant, rounded up', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    expect(minutesUntil('2026-01-01T00:14:10Z', now)).toBe(15)
    expect(minutesUntil('2025-12-31T23:00:00Z', now)).toBe(1)
  })
})

describe('numbers and money, zh-CN', () => {
  it('groups thousands', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.891')
    expect(formatNumber(0.5, 1)).toBe('0.5')
    expect(formatNumber(undefined)).toBe('')
  })

  it('money in CNY to the fen, from numbers or decimal strings', () => {
    expect(formatMoney(1234.5)).toBe('¥1,234.50')
    expect(formatMoney('980.005')).toBe('¥980.01')
    expect(formatMoney(0)).toBe('¥0.00')
    expect(formatMoney('abc')).toBe('')
  })

  it('durations', () => {
    expect(formatDuration(527)).toBe('527 ms')
    expect(formatDuration(1530)).toBe('1.5 s')
  })
})
