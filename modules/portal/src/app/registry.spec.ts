import { describe, expect, it } from 'vitest'
import '@/portals'
import { MAIN_SECTION, PortalRegistry, portalRegistry } from './registry'
import type { Audience } from './types'

const user = (audience: Audience, permissions: string[]) => ({ audience, permissions })
const menuNames = (audience: Audience, permissions: string[]) =>
  portalRegistry.menuFor(user(audience, permissions)).map((g) => ({
    section: g.section?.id ?? MAIN_SECTION,
    items: g.items.map((i) => i.name),
  }))

describe('menus follow audience and permissions', () => {
  it('a platform admin (platform:*) gets the organizations console and the device vendors', () => {
    expect(menuNames('PLATFORM', ['platform:*'])).toEqual([{ section: 'platform', items: ['platform-organizations', 'platform-vendors'] }])
  })

  it('a platform user without platform permissions gets no menu items', () => {
    expect(menuNames('PLATFORM', [])).toEqual([])
  })

  it('an operator administrator gets home, users and roles', () => {
    expect(menuNames('OPERATOR', ['organization:read', 'role:*', 'user:*'])).toEqual([
      { section: MAIN_SECTION, items: ['operator-home'] },
      { section: 'admin', items: ['staff-users', 'staff-roles'] },
    ])
  })

  it('staff who may read users but not roles see users only', () => {
    expect(menuNames('OPERATOR', ['user:read'])).toEqual([
      { section: MAIN_SECTION, items: ['operator-home'] },
      { section: 'admin', items: ['staff-users'] },
    ])
  })

  it('an operator user with no permissions sees only the home page', () => {
    expect(menuNames('OPERATOR', [])).toEqual([{ section: MAIN_SECTION, items: ['operator-home'] }])
  })

  it('an authority administrator gets the same administration as an operator, with its own home', () => {
    expect(menuNames('AUTHORITY', ['organization:read', 'role:*', 'user:*'])).toEqual([
      { section: MAIN_SECTION, items: ['authority-home'] },
      { section: 'admin', items: ['staff-users', 'staff-roles'] },
    ])
  })

  it('residents get a tab bar of home and "me", and never staff pages even with staff permissions', () => {
    expect(portalRegistry.tabsFor(user('RESIDENT', ['resident:portal'])).map((t) => t.name)).toEqual(['resident-home', 'resident-me'])
    expect(portalRegistry.tabsFor(user('RESIDENT', ['resident:portal', 'user:*'])).map((t) => t.name)).toEqual([
      'resident-home',
      'resident-me',
    ])
  })

  it('pages not in the menu (details) are still permitted pages of the audience', () => {
    const names = portalRegistry.permittedPages(user('PLATFORM', ['platform:organization:read'])).map((p) => p.name)
    expect(names).toContain('platform-organization')
    expect(names).not.toContain('platform-organization-new')
    expect(names).not.toContain('platform-organization-branding')
    const creator = portalRegistry.permittedPages(user('PLATFORM', ['platform:*'])).map((p) => p.name)
    expect(creator).toContain('platform-organization-new')
    expect(creator).toContain('platform-organization-branding')
  })

  it('every audience has a shell whose home page exists and is open to every user of the audience', () => {
    for (const audience of ['PLATFORM', 'OPERATOR', 'AUTHORITY', 'RESIDENT'] as Audience[]) {
      const shell = portalRegistry.shell(audience)
      expect(shell, audience).toBeDefined()
      const home = portalRegistry.page(shell!.home)
      expect(home?.audiences).toContain(audience)
    }
  })
})

describe('the registry guards its entries', () => {
  const component = { render: () => null }

  it('refuses a duplicate route name, an unknown section, and a page without component or redirect', () => {
    const r = new PortalRegistry().addSection({ id: 'x', title: 'x', order: 1 })
    r.addPages({ name: 'a', path: 'a', audiences: ['OPERATOR'], title: 'a', component })
    expect(() => r.addPages({ name: 'a', path: 'b', audiences: ['OPERATOR'], title: 'a', component })).toThrow(/twice/)
    expect(() =>
      r.addPages({ name: 'b', path: 'b', audiences: ['OPERATOR'], title: 'b', component, menu: { section: 'nope', order: 1 } }),
    ).toThrow(/section/)
    expect(() => r.addPages({ name: 'c', path: 'c', audiences: ['OPERATOR'], title: 'c' })).toThrow(/component or a redirect/)
  })

  it('orders sections and items, and drops sections left empty by permissions', () => {
    const r = new PortalRegistry()
      .addSection({ id: 'late', title: 'late', order: 50 }, { id: 'early', title: 'early', order: 5 })
      .addPages(
        { name: 'l2', path: 'l2', audiences: ['OPERATOR'], title: 'l2', component, menu: { section: 'late', order: 2 } },
        { name: 'l1', path: 'l1', audiences: ['OPERATOR'], title: 'l1', component, menu: { section: 'late', order: 1 } },
        { name: 'e1', path: 'e1', audiences: ['OPERATOR'], title: 'e1', component, permission: 'lease:read', menu: { section: 'early', order: 1 } },
        { name: 'm', path: '', audiences: ['OPERATOR'], title: 'm', component, menu: { section: MAIN_SECTION, order: 0 } },
      )
    expect(r.menuFor(user('OPERATOR', ['lease:*'])).map((g) => [g.section?.id ?? 'main', g.items.map((i) => i.name)])).toEqual([
      ['main', ['m']],
      ['early', ['e1']],
      ['late', ['l1', 'l2']],
    ])
    expect(r.menuFor(user('OPERATOR', [])).map((g) => g.section?.id ?? 'main')).toEqual(['main', 'late'])
  })
})
