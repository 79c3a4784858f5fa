import { describe, expect, it } from 'vitest'
import type { Branding } from './site'
import { hostCodeHint, organizationHref, resolveSite, resolveSiteRequest, safeRedirect } from './site'

const acme: Branding = { code: 'acme', kind: 'OPERATOR', displayName: 'Acme 公寓', primaryColor: '#7C3AED' }
const platform: Branding = { code: 'platform', kind: 'PLATFORM', displayName: '安居公租房运营平台', primaryColor: '#1D4ED8' }

describe('which organization a page is for', () => {
  it('path /o/<code>/… names the organization and makes the router base', () => {
    const request = resolveSiteRequest({ pathname: '/o/acme/admin/users' })
    expect(request).toEqual({ brandingCode: 'acme', base: '/o/acme/' })
    expect(resolveSite(request, acme)).toEqual({ mode: 'path', code: 'acme', kind: 'OPERATOR', base: '/o/acme/' })
    expect(resolveSiteRequest({ pathname: '/o/acme' })).toEqual({ brandingCode: 'acme', base: '/o/acme/' })
    expect(resolveSiteRequest({ pathname: '/o/demo_city/login' }).brandingCode).toBe('demo_city')
  })

  it('a malformed /o/ path is not an organization', () => {
    expect(resolveSiteRequest({ pathname: '/o/ACME/login' }).brandingCode).toBeNull()
    expect(resolveSiteRequest({ pathname: '/o/' }).brandingCode).toBeNull()
    expect(resolveSiteRequest({ pathname: '/org/acme' }).brandingCode).toBeNull()
  })

  it('/platform/… is the platform console', () => {
    const request = resolveSiteRequest({ pathname: '/platform/organizations' })
    expect(request).toEqual({ brandingCode: 'platform', base: '/platform/' })
    expect(resolveSite(request, platform)).toEqual({ mode: 'platform', code: 'platform', kind: 'PLATFORM', base: '/platform/' })
    expect(resolveSiteRequest({ pathname: '/platformx' }).brandingCode).toBeNull()
  })

  it('host acme.localhost: the server answers branding by Host, organization pages at /', () => {
    const request = resolveSiteRequest({ pathname: '/admin/users' })
    expect(request).toEqual({ brandingCode: null, base: '/' })
    expect(resolveSite(request, acme)).toEqual({ mode: 'host', code: 'acme', kind: 'OPERATOR', base: '/' })
    expect(hostCodeHint('acme.localhost')).toBe('acme')
    expect(hostCodeHint('zufang.example.cn')).toBeNull()
  })

  it('plain localhost (the platform host) at /: the organization chooser', () => {
    const request = resolveSiteRequest({ pathname: '/' })
    expect(request).toEqual({ brandingCode: null, base: '/' })
    expect(resolveSite(request, platform)).toEqual({ mode: 'chooser', code: 'platform', kind: 'PLATFORM', base: '/' })
    expect(hostCodeHint('localhost')).toBeNull()
  })

  it('links to an organization portal', () => {
    expect(organizationHref('acme', 'login')).toBe('/o/acme/login')
    expect(organizationHref('acme')).toBe('/o/acme/')
  })
})

describe('redirect after sign-in', () => {
  it('follows paths inside the portal only', () => {
    expect(safeRedirect('/admin/users?page=2')).toBe('/admin/users?page=2')
    expect(safeRedirect('//evil.example/x')).toBeNull()
    expect(safeRedirect('https://evil.example/')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('/login')).toBeNull()
    expect(safeRedirect(['/a'])).toBeNull()
    expect(safeRedirect(undefined)).toBeNull()
  })
})
