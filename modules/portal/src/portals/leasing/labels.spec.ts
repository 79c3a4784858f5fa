import { afterEach, describe, expect, it } from 'vitest'
import '@/portals'
import { i18n } from '@/app/i18n'
import { portalRegistry } from '@/app/registry'
import type { CurrentUser } from '@/app/types'
import {
  APPLICATION_STATUSES,
  ELIGIBILITY_CATEGORIES,
  enumLabel,
  householdStatusTagType,
  isOpenLease,
  LEASE_STATUSES,
  leaseStatusTagType,
  leasingFieldLabel,
  leasingFieldValue,
  leasingFieldValueOf,
} from './labels'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('leasing labels', () => {
  it('labels lease statuses as the contract words them, in both languages', () => {
    expect(LEASE_STATUSES.map((s) => enumLabel('leaseStatus', s))).toEqual([
      '草稿',
      '待审批',
      '已审批(待签约)',
      '已驳回',
      '已签约(待入住)',
      '履行中',
      '已续签',
      '已变更',
      '已终止',
      '已到期',
      '已作废',
    ])
    i18n.global.locale.value = 'en'
    expect(enumLabel('leaseStatus', 'SIGNED')).toBe('Signed (to move in)')
    expect(enumLabel('category', 'SUBSISTENCE')).toBe('Subsistence allowance')
  })

  it('labels categories and application statuses; an unknown value (a newer server) shows as it is', () => {
    expect(ELIGIBILITY_CATEGORIES.map((c) => enumLabel('category', c))).toEqual(['低保', '低收入', '新就业', '外来务工', '人才', '其他'])
    expect(APPLICATION_STATUSES.map((s) => enumLabel('applicationStatus', s))).toEqual(['待处理', '已批准', '已驳回', '已撤回'])
    expect(enumLabel('leaseStatus', 'SUSPENDED')).toBe('SUSPENDED')
    expect(enumLabel('leaseStatus', null)).toBe('')
  })

  it('colours live leases green, waiting ones amber, refused ones red, the rest grey', () => {
    expect(leaseStatusTagType('ACTIVE')).toBe('success')
    expect(leaseStatusTagType('PENDING_APPROVAL')).toBe('warning')
    expect(leaseStatusTagType('APPROVED')).toBe('primary')
    expect(leaseStatusTagType('REJECTED')).toBe('danger')
    expect(leaseStatusTagType('EXPIRED')).toBe('info')
    expect(householdStatusTagType('EXITING')).toBe('warning')
  })

  it('knows which leases still bind the household and the unit', () => {
    expect(LEASE_STATUSES.filter(isOpenLease)).toEqual(['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'SIGNED', 'ACTIVE', 'EXPIRED'])
    expect(isOpenLease(undefined)).toBe(false)
  })

  it('names revision fields, members by their position', () => {
    expect(leasingFieldLabel('household', 'eligibilityCategory')).toBe('保障类别')
    expect(leasingFieldLabel('household', 'members[1].idNumber')).toBe('成员 2 · 证件号码')
    expect(leasingFieldLabel('household', 'members[0]')).toBe('成员 1')
    expect(leasingFieldLabel('lease', 'number')).toBe('合同编号')
    expect(leasingFieldLabel('household', 'number')).toBe('家庭编号')
    expect(leasingFieldLabel('lease', 'somethingNew')).toBe('somethingNew')
    i18n.global.locale.value = 'en'
    expect(leasingFieldLabel('household', 'members[2].phone')).toBe('Member 3 · Mobile phone')
  })

  it('shows revision values for people: enums, yes/no, money, Beijing time, a dash for nothing', () => {
    expect(leasingFieldValue('eligibilityCategory', 'LOW_INCOME')).toBe('低收入')
    expect(leasingFieldValue('members[0].relation', 'SPOUSE')).toBe('配偶')
    expect(leasingFieldValue('status', 'PENDING_APPROVAL')).toBe('待审批')
    expect(leasingFieldValue('status', 'MOVED_OUT')).toBe('已退租')
    expect(leasingFieldValue('elderlyAlone', 'true')).toBe('是')
    expect(leasingFieldValue('monthlyRent', '860')).toBe('¥860.00')
    expect(leasingFieldValue('signedAt', '2026-03-01T00:30:00Z')).toBe('2026-03-01 08:30')
    expect(leasingFieldValue('members[0].idNumber', '3301**********1234')).toBe('3301**********1234')
    expect(leasingFieldValue('notes', null)).toBe('—')
  })

  it("reads a household's status as the household's, and its member list with relations in words", () => {
    expect(leasingFieldValue('status', 'ACTIVE', 'household')).toBe('在册')
    expect(leasingFieldValue('status', 'ACTIVE', 'lease')).toBe('履行中')
    expect(leasingFieldValueOf('household')('members', 'SELF 张晓梅 3301**********8716 139****5339; CHILD 李小雨 3301**********0021')).toBe(
      '本人 张晓梅 3301**********8716 139****5339；子女 李小雨 3301**********0021',
    )
  })
})

describe('leasing pages in the registry', () => {
  const user = (permissions: string[], audience: CurrentUser['audience'] = 'OPERATOR') =>
    ({ audience, permissions }) as Pick<CurrentUser, 'audience' | 'permissions'>

  it('gives a leasing officer the 租赁管理 section without the admin-only settings', () => {
    const officer = user(['household:read', 'household:write', 'lease:read', 'lease:write', 'lease:terminate', 'allocation:import', 'application:decide', 'review:manage', 'unit:read'])
    const section = portalRegistry.menuFor(officer).find((g) => g.section?.id === 'leasing')
    expect(section?.section?.title).toBe('menu.sections.leasing')
    expect(section?.items.map((i) => i.name)).toEqual([
      'leasing-households',
      'leasing-leases',
      'leasing-applications',
      'leasing-reviews',
      'leasing-allocation',
      'leasing-templates',
      'leasing-lease-types',
      'leasing-fee-items',
    ])
  })

  it('shows an approver the inbox, and nobody without household:read the households', () => {
    const approver = portalRegistry.menuFor(user(['lease:read', 'lease:approve', 'household:read'])).find((g) => g.section?.id === 'leasing')
    expect(approver?.items.map((i) => i.name)).toContain('leasing-inbox')
    const reader = portalRegistry.menuFor(user(['lease:read'])).find((g) => g.section?.id === 'leasing')
    expect(reader?.items.map((i) => i.name)).not.toContain('leasing-households')
    expect(portalRegistry.menuFor(user(['lease:*'])).find((g) => g.section?.id === 'leasing')?.items.map((i) => i.name)).toContain('leasing-settings')
  })

  it('gives a resident five tabs on a phone: home, household, leases, bills, me; applications from 我的合同', () => {
    const resident = user(['resident:portal', 'resident:lease', 'resident:pay'], 'RESIDENT')
    const tabs = portalRegistry.tabsFor(resident)
    expect(tabs.map((t) => i18n.global.t(t.title))).toEqual(['首页', '我的家庭', '我的合同', '账单', '我的'])
    expect(portalRegistry.menuFor(resident).every((g) => g.section === null)).toBe(true)
    // 申请 is still a page of the resident, highlighted under 我的合同.
    expect(portalRegistry.permittedPages(resident).map((p) => p.name)).toContain('resident-applications')
    expect(portalRegistry.page('resident-applications')?.activeMenu).toBe('resident-leases')
    // A resident without resident:pay (an older role) keeps four tabs.
    expect(portalRegistry.tabsFor(user(['resident:portal', 'resident:lease'], 'RESIDENT')).map((t) => t.name)).toEqual([
      'resident-home',
      'resident-household',
      'resident-leases',
      'resident-me',
    ])
  })
})
