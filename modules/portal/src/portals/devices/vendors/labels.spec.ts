import { afterEach, describe, expect, it } from 'vitest'
import { buildUrl } from '@/app/api'
import { i18n } from '@/app/i18n'
import '@/portals'
import { portalRegistry } from '@/app/registry'
import { catalogueQuery, EMAIL, graceDays, isKeyUsable, KEY_STATUSES, keyStatusTagType, toVendorInput, VENDOR_CODE, vendorLabel, vendorQuery, vendorStatusTagType } from './labels'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('vendor labels', () => {
  it('names key statuses and colours them; only active and expiring keys can be revoked', () => {
    expect(KEY_STATUSES.map((s) => [vendorLabel('keyStatus', s), keyStatusTagType(s)])).toEqual([
      ['有效', 'success'],
      ['即将过期', 'warning'],
      ['已过期', 'info'],
      ['已吊销', 'danger'],
    ])
    expect(isKeyUsable({ status: 'EXPIRING' })).toBe(true)
    expect(isKeyUsable({ status: 'REVOKED' })).toBe(false)
    expect(vendorStatusTagType('SUSPENDED')).toBe('danger')
    i18n.global.locale.value = 'en'
    expect(vendorLabel('vendorStatus', 'SUSPENDED')).toBe('Suspended')
  })

  it('checks vendor codes and e-mails, and keeps a grace period within 0..30 days', () => {
    expect(VENDOR_CODE.test('acme-locks')).toBe(true)
    expect(VENDOR_CODE.test('Acme')).toBe(false)
    expect(VENDOR_CODE.test('a')).toBe(false)
    expect(VENDOR_CODE.test('1acme')).toBe(false)
    expect(EMAIL.test('ops@acme.example')).toBe(true)
    expect(EMAIL.test('ops@acme')).toBe(false)
    expect(graceDays(0)).toBe(0)
    expect(graceDays(30)).toBe(30)
    expect(graceDays(31)).toBe(7)
    expect(graceDays(2.5)).toBe(7)
    expect(graceDays(undefined)).toBe(7)
    expect(toVendorInput({ code: ' acme ', name: ' 阿克米 ', contactName: '', contactPhone: ' 138 ', contactEmail: '' })).toEqual({
      code: 'acme',
      name: '阿克米',
      contactName: undefined,
      contactPhone: '138',
      contactEmail: undefined,
    })
  })

  it('turns filters into query strings', () => {
    expect(buildUrl('/platform/vendors', vendorQuery({ q: ' ac ', status: 'SUSPENDED' }, 1, 20))).toBe('/api/v1/platform/vendors?q=ac&status=SUSPENDED&page=1&size=20')
    expect(vendorQuery({ status: 'GONE' }).status).toBeUndefined()
    expect(buildUrl('/vendors', catalogueQuery({ authorized: 'false' }, 1, 20))).toBe('/api/v1/vendors?authorized=false&page=1&size=20')
    expect(catalogueQuery({ authorized: 'x' }).authorized).toBeUndefined()
  })

  it('puts vendor accounts in the platform console and the catalogue in the operator console', () => {
    const platform = portalRegistry.menuFor({ audience: 'PLATFORM', permissions: ['platform:*'] })
    expect(platform.find((g) => g.section?.id === 'platform')?.items.map((i) => i.name)).toContain('platform-vendors')
    const operator = portalRegistry.menuFor({ audience: 'OPERATOR', permissions: ['vendor:read', 'opcua:read'] })
    expect(operator.find((g) => g.section?.id === 'devices')?.items.map((i) => i.name)).toEqual(['devices-opcua', 'devices-meters', 'devices-vendors'])
  })
})
