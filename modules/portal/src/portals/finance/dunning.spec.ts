import { describe, expect, it } from 'vitest'
import { dunningLevelTagType, isLongText, newestFirst } from './dunning'

describe('dunning notices', () => {
  it('colours the levels 1 grey, 2 amber, 3 and more red', () => {
    expect([1, 2, 3, 4].map(dunningLevelTagType)).toEqual(['info', 'warning', 'danger', 'danger'])
  })

  it('folds long or multi-line texts only', () => {
    expect(isLongText('您的账单已逾期 3 天，请尽快缴纳。')).toBe(false)
    expect(isLongText('字'.repeat(61))).toBe(true)
    expect(isLongText('第一行\n第二行')).toBe(true)
    expect(isLongText(null)).toBe(false)
  })

  it('lists the newest first, ties by id', () => {
    const n = (id: number, sentAt: string) => ({ id, sentAt })
    expect(newestFirst([n(1, '2026-11-01T02:00:00Z'), n(3, '2026-11-20T02:00:00Z'), n(2, '2026-11-20T02:00:00Z')]).map((x) => x.id)).toEqual([3, 2, 1])
  })
})
