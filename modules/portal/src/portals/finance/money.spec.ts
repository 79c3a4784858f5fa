import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import { balanceKind, balanceText, computeRent, formatRate, fromFen, isPositiveMoneyText, signedYuan, sumMoney, toFen, yuan } from './money'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('money in fen', () => {
  it('reads API amounts (numbers and decimal strings) into whole fen, half up', () => {
    expect(toFen(277.13)).toBe(27713)
    expect(toFen('277.13')).toBe(27713)
    expect(toFen(860)).toBe(86000)
    expect(toFen('-22.87')).toBe(-2287)
    expect(toFen('980.005')).toBe(98001)
    expect(toFen('0.1')).toBe(10)
    expect(toFen('abc')).toBeNull()
    expect(toFen(null)).toBeNull()
    expect(fromFen(27713)).toBe(277.13)
  })

  it('adds amounts without floating point drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumMoney([0.1, 0.2])).toBe(0.3)
    expect(sumMoney([258, 19.13])).toBe(277.13)
    expect(sumMoney(['277.13', -277.13, null])).toBe(0)
  })

  it('shows amounts with ¥ and two decimals, and ledger amounts with their sign', () => {
    expect(yuan(277.13)).toBe('¥277.13')
    expect(yuan(1720)).toBe('¥1,720.00')
    expect(yuan(undefined)).toBe('—')
    expect(signedYuan(277.13)).toBe('+¥277.13')
    expect(signedYuan(-277.13)).toBe('−¥277.13')
    expect(signedYuan(0)).toBe('¥0.00')
  })

  it('says what a balance means: owed, credit or settled, in both languages', () => {
    expect(balanceKind(277.13)).toBe('owed')
    expect(balanceKind(-22.87)).toBe('credit')
    expect(balanceKind('0.00')).toBe('settled')
    expect(balanceText(277.13)).toBe('欠费 ¥277.13')
    expect(balanceText(-22.87)).toBe('预存 ¥22.87')
    expect(balanceText(0)).toBe('已结清')
    i18n.global.locale.value = 'en'
    expect(balanceText(-22.87)).toBe('Credit ¥22.87')
  })

  it('shows the collection rate with one decimal, a dash when nothing was charged', () => {
    expect(formatRate(100)).toBe('100.0%')
    expect(formatRate('98.5')).toBe('98.5%')
    expect(formatRate(null)).toBe('—')
  })

  it('accepts typed amounts above zero with at most 2 decimals', () => {
    expect(isPositiveMoneyText('860')).toBe(true)
    expect(isPositiveMoneyText('860.5')).toBe(true)
    expect(isPositiveMoneyText(' 0.01 ')).toBe(true)
    expect(isPositiveMoneyText('0')).toBe(false)
    expect(isPositiveMoneyText('0.00')).toBe(false)
    expect(isPositiveMoneyText('1.234')).toBe(false)
    expect(isPositiveMoneyText('-5')).toBe(false)
    expect(isPositiveMoneyText('')).toBe(false)
  })
})

describe('rent as the server computes it (area × standard × rule, rounded once half up)', () => {
  it('matches the documented example: 45.50 ㎡ × 15.00 × 60% = 409.50', () => {
    expect(computeRent('45.50', '15.00', 'DISCOUNT', 60)).toBe(409.5)
  })

  it('rounds once at the end, half up, never per factor', () => {
    // 33.33 × 12.35 = 411.6255 → 411.63 (rounding the area or the price first would differ)
    expect(computeRent(33.33, 12.35, 'STANDARD')).toBe(411.63)
    // 33.33 × 12.35 × 55% = 226.394025 → 226.39
    expect(computeRent(33.33, 12.35, 'DISCOUNT', 55)).toBe(226.39)
    // 42.5 × 10.01 × 50% = 212.7125 → 212.71; 42.5 × 10.03 × 50% = 213.1375 → 213.14
    expect(computeRent(42.5, 10.01, 'DISCOUNT', 50)).toBe(212.71)
    expect(computeRent(42.5, 10.03, 'DISCOUNT', 50)).toBe(213.14)
  })

  it('fixed rate replaces the standard, fixed amount ignores the area', () => {
    expect(computeRent(45.5, 15, 'FIXED_RATE', 8.8)).toBe(400.4)
    expect(computeRent(45.5, 15, 'FIXED_AMOUNT', 500)).toBe(500)
  })

  it('has no answer without the figures', () => {
    expect(computeRent(0, 15, 'STANDARD')).toBeNull()
    expect(computeRent(45.5, null, 'STANDARD')).toBeNull()
    expect(computeRent(45.5, 15, 'DISCOUNT', null)).toBeNull()
  })
})
