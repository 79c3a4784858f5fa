import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import { addPeriods, currentPeriod, currentYear, isPeriod, periodLabel, recentPeriods, yearsAround } from './periods'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('billing periods', () => {
  it('takes this month in Beijing, not in the browser zone', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Beijing.
    expect(currentPeriod(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12')
    expect(currentPeriod(new Date('2026-11-30T15:00:00Z'))).toBe('2026-11')
    expect(currentYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
  })

  it('knows a period when it sees one', () => {
    expect(isPeriod('2026-11')).toBe(true)
    expect(isPeriod('2026-13')).toBe(false)
    expect(isPeriod('2026-1')).toBe(false)
    expect(isPeriod('')).toBe(false)
  })

  it('moves across years', () => {
    expect(addPeriods('2026-11', 2)).toBe('2027-01')
    expect(addPeriods('2026-01', -1)).toBe('2025-12')
    expect(addPeriods('2026-01', -13)).toBe('2024-12')
    expect(addPeriods('nope', 1)).toBeUndefined()
    expect(recentPeriods('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11'])
    expect(yearsAround(2026)).toEqual([2027, 2026, 2025])
  })

  it('says a period in words in both languages', () => {
    expect(periodLabel('2026-11')).toBe('2026年11月')
    expect(periodLabel('2027-01')).toBe('2027年1月')
    i18n.global.locale.value = 'en'
    expect(periodLabel('2026-11')).toBe('Nov 2026')
    expect(periodLabel('whatever')).toBe('whatever')
  })
})
