import { describe, expect, it } from 'vitest'
import {
  defaultVisitorWindow,
  durationChoices,
  grantWindowProblem,
  hoursBetween,
  isoToShanghai,
  shanghaiToIso,
  untilAfter,
  visitorWindowProblem,
  windowText,
} from './windows'

// 2026-11-22 12:00 in Beijing.
const NOON = new Date('2026-11-22T04:00:00Z')

describe('credential windows in Beijing time', () => {
  it('turns Beijing wall clocks into +08:00 instants and back, whatever the browser zone', () => {
    expect(shanghaiToIso('2026-11-22T09:30')).toBe('2026-11-22T09:30:00+08:00')
    expect(shanghaiToIso('2026-11-22 09:30')).toBe('2026-11-22T09:30:00+08:00')
    expect(shanghaiToIso('2026-02-30T09:30')).toBeUndefined()
    expect(shanghaiToIso('')).toBeUndefined()
    expect(isoToShanghai('2026-11-22T01:30:00Z')).toBe('2026-11-22T09:30')
    expect(isoToShanghai(null)).toBe('')
    expect(hoursBetween('2026-11-22T09:30', '2026-11-23T09:30')).toBe(24)
  })

  it('checks a visitor code: both ends, order, the operator limit, not in the past', () => {
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '2026-11-22T16:00' }, 24, NOON)).toBeNull()
    expect(visitorWindowProblem({ from: '', until: '2026-11-22T16:00' }, 24, NOON)).toBe('fromMissing')
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '' }, 24, NOON)).toBe('untilMissing')
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '2026-11-22T12:00' }, 24, NOON)).toBe('order')
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '2026-11-23T12:01' }, 24, NOON)).toBe('tooLong')
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '2026-11-23T12:00' }, 24, NOON)).toBeNull()
    // Limit unknown (the answer of GET /my/keys does not carry it): the server checks it.
    expect(visitorWindowProblem({ from: '2026-11-22T12:00', until: '2026-12-22T12:00' }, undefined, NOON)).toBeNull()
    expect(visitorWindowProblem({ from: '2026-11-22T11:55', until: '2026-11-22T13:00' }, 24, NOON)).toBeNull()
    expect(visitorWindowProblem({ from: '2026-11-22T11:00', until: '2026-11-22T13:00' }, 24, NOON)).toBe('past')
  })

  it('checks a staff grant: open ends allowed, but an end after the start and not past', () => {
    expect(grantWindowProblem({ from: '', until: '' }, NOON)).toBeNull()
    expect(grantWindowProblem({ from: '2026-11-23 08:00', until: '' }, NOON)).toBeNull()
    expect(grantWindowProblem({ from: '2026-11-23 08:00', until: '2026-11-23 07:00' }, NOON)).toBe('order')
    expect(grantWindowProblem({ from: '', until: '2026-11-22 11:00' }, NOON)).toBe('past')
  })

  it('proposes a window from now within the limit, and quick durations within it', () => {
    expect(defaultVisitorWindow(new Date('2026-11-22T04:00:42Z'), 24)).toEqual({ from: '2026-11-22T12:00', until: '2026-11-22T16:00' })
    expect(defaultVisitorWindow(NOON, 2)).toEqual({ from: '2026-11-22T12:00', until: '2026-11-22T14:00' })
    expect(untilAfter('2026-11-22T23:00', 2)).toBe('2026-11-23T01:00')
    expect(untilAfter('', 2)).toBe('')
    expect(durationChoices(24)).toEqual([1, 2, 4, 8, 24])
    expect(durationChoices(3)).toEqual([1, 2])
    expect(durationChoices(undefined)).toEqual([1, 2, 4, 8, 24, 72])
  })

  it('writes a window in words with open ends', () => {
    const words = { from: '即时生效', until: '长期有效', separator: ' 至 ' }
    expect(windowText({ validFrom: '2026-11-22T04:00:00Z', validUntil: '2026-11-22T08:00:00Z' }, words)).toBe('2026-11-22 12:00 至 2026-11-22 16:00')
    expect(windowText({ validFrom: null, validUntil: null }, words)).toBe('即时生效 至 长期有效')
  })
})
