import { describe, expect, it } from 'vitest'
import { buildUrl } from '@/app/api'
import { accessQuery, credentialQuery, dateParam, dateRange, deviceQuery, EMPTY_ACCESS_FILTER, EMPTY_DEVICE_FILTER, keyLogQuery, positiveId } from './query'

describe('devices list filters → query strings', () => {
  it('sends the registry filter with known enums, ids, online as a boolean, and a trimmed search', () => {
    expect(deviceQuery({ ...EMPTY_DEVICE_FILTER, kind: 'SMART_LOCK', registration: 'PENDING', projectId: '12', online: 'false', q: '  LK-1 ' }, 1, 20)).toEqual({
      kind: 'SMART_LOCK',
      registration: 'PENDING',
      projectId: 12,
      unitId: undefined,
      online: false,
      q: 'LK-1',
      page: 1,
      size: 20,
    })
    expect(buildUrl('/devices', deviceQuery({ kind: 'TOASTER', projectId: 'abc', online: 'maybe', q: '  ' }, 2, 50))).toBe('/api/v1/devices?page=2&size=50')
    expect(buildUrl('/devices', deviceQuery({ online: 'true' }, 1, 20))).toBe('/api/v1/devices?online=true&page=1&size=20')
  })

  it('sends access-record filters: ids, real dates in order, method and credential kind', () => {
    const q = accessQuery({ ...EMPTY_ACCESS_FILTER, unitId: '7', householdId: '3', from: '2026-11-30', to: '2026-11-01', method: 'PIN', credentialKind: 'VISITOR' }, 1, 20)
    expect(q).toMatchObject({ unitId: 7, householdId: 3, from: '2026-11-01', to: '2026-11-30', method: 'PIN', credentialKind: 'VISITOR' })
    expect(buildUrl('/access-records', accessQuery({ from: '2026-02-30', method: 'TELEPATHY', credentialKind: 'ALIEN' }))).toBe('/api/v1/access-records')
    expect(buildUrl('/access-records', accessQuery({ credentialKind: 'UNKNOWN' }, 3, 100))).toBe('/api/v1/access-records?credentialKind=UNKNOWN&page=3&size=100')
  })

  it('accepts only real calendar dates and whole positive ids', () => {
    expect(dateParam('2026-11-22')).toBe('2026-11-22')
    expect(dateParam('2026-13-01')).toBeUndefined()
    expect(dateParam('22/11/2026')).toBeUndefined()
    expect(dateRange('2026-12-01', '')).toEqual({ from: '2026-12-01', to: undefined })
    expect(positiveId('0')).toBeUndefined()
    expect(positiveId('-3')).toBeUndefined()
    expect(positiveId('1.5')).toBeUndefined()
    expect(positiveId(' 42 ')).toBe(42)
  })

  it('filters the key log by unit and household, and credentials by a known status', () => {
    expect(buildUrl('/key-log', keyLogQuery({ unitId: '9', householdId: '' }, 1, 20))).toBe('/api/v1/key-log?unitId=9&page=1&size=20')
    expect(credentialQuery('ACTIVE')).toEqual({ status: 'ACTIVE' })
    expect(credentialQuery('LOST')).toEqual({ status: undefined })
  })
})
