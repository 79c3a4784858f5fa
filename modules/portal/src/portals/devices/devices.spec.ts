import { afterEach, describe, expect, it } from 'vitest'
import '@/portals'
import { i18n } from '@/app/i18n'
import zhCN from '@/app/locales/zh-CN'
import en from '@/app/locales/en'
import devicesZh from '@/app/locales/devices/zh-CN'
import devicesEn from '@/app/locales/devices/en'
import { portalRegistry } from '@/app/registry'
import type { CurrentUser } from '@/app/types'
import { toSheetRows } from '@/shared/excel'
import { canDecide, canIssueSecret, canRetire, remoteOpenState } from './actions'
import { accessColumns, deviceColumns } from './exports'
import { emptyDeviceForm, formOf, missingPlace, placesFor, toDeviceInput, DEVICE_ID_PATTERN } from './registration'
import { commandDeadlineSeconds, settingsOutOfBounds, toSettingsInput } from './settings'
import type { AccessRecord, Device, DeviceSettings } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

type Tree = { [k: string]: string | Tree }
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))

const device = (patch: Partial<Device> = {}): Device => ({
  id: 5,
  deviceId: 'LK-P1-1-101',
  kind: 'SMART_LOCK',
  vendorCode: 'acme-locks',
  model: 'L7',
  serial: 'SN-0001',
  certificate: 'CCC 2026',
  certificateValidUntil: '2028-12-31',
  projectId: 1,
  buildingId: 2,
  unitId: 3,
  location: '示范小区 1号楼 101',
  registration: 'APPROVED',
  registeredBy: 'admin',
  hasSecret: false,
  online: true,
  lastSeenAt: '2026-11-22T01:00:00Z',
  battery: 87,
  commandsTimedOut: 0,
  createdAt: '2026-11-01T00:00:00Z',
  version: 1,
  ...patch,
})

const settings: DeviceSettings = {
  remoteOpen: 'STAFF',
  arrearsPolicy: 'NONE',
  memberCredentialType: 'FACE',
  visitorCodeMaxHours: 24,
  ackTimeoutSeconds: 30,
  maxAttempts: 3,
  heartbeatMinutes: 5,
  updatedBy: 'admin',
  updatedAt: '2026-11-22T01:00:00Z',
}

describe('device registration form', () => {
  it('sends a smart lock by its unit only, texts trimmed and blanks left out', () => {
    const f = { ...emptyDeviceForm(), deviceId: ' LK-P1-1-101 ', serial: ' SN-1 ', model: '', unitId: '3', projectId: '1', place: 'project' as const }
    expect(toDeviceInput(f)).toEqual({
      deviceId: 'LK-P1-1-101',
      kind: 'SMART_LOCK',
      vendorCode: undefined,
      model: undefined,
      serial: 'SN-1',
      certificate: undefined,
      certificateValidUntil: undefined,
      unitId: 3,
      buildingId: undefined,
      projectId: undefined,
    })
    expect(placesFor('SMART_LOCK')).toEqual(['unit'])
    expect(placesFor('WATER_METER')).toEqual(['unit', 'building', 'project'])
  })

  it('sends a gateway by its building (with the project) or its project, and names a missing place', () => {
    const gw = { ...emptyDeviceForm(), kind: 'GATEWAY' as const, deviceId: 'GW-1', serial: 'G1', place: 'building' as const, projectId: '1', buildingId: '2', unitId: '3' }
    expect(toDeviceInput(gw)).toMatchObject({ projectId: 1, buildingId: 2, unitId: undefined })
    expect(toDeviceInput({ ...gw, place: 'project' })).toMatchObject({ projectId: 1, buildingId: undefined, unitId: undefined })
    expect(missingPlace({ ...gw, buildingId: '' })).toBe('buildingId')
    expect(missingPlace({ ...gw, place: 'project', projectId: '' })).toBe('projectId')
    expect(missingPlace({ ...emptyDeviceForm() })).toBe('unitId')
    expect(missingPlace(gw)).toBeNull()
  })

  it('edits a device from its form, and checks device ids as MQTT topics need them', () => {
    expect(formOf(device())).toMatchObject({ place: 'unit', unitId: '3', model: 'L7', certificateValidUntil: '2028-12-31' })
    expect(formOf(device({ kind: 'GATEWAY', unitId: null }))).toMatchObject({ place: 'building', buildingId: '2' })
    expect(DEVICE_ID_PATTERN.test('LK-P1-1-101')).toBe(true)
    expect(DEVICE_ID_PATTERN.test('lock:12.a_b')).toBe(true)
    expect(DEVICE_ID_PATTERN.test('anju/acme/lock/+')).toBe(false)
    expect(DEVICE_ID_PATTERN.test('has space')).toBe(false)
    expect(DEVICE_ID_PATTERN.test('x'.repeat(65))).toBe(false)
  })
})

describe('device actions', () => {
  it('approves only pending devices, issues secrets only to approved ones, retires anything not retired', () => {
    expect(canDecide(device({ registration: 'PENDING' }))).toBe(true)
    expect(canDecide(device())).toBe(false)
    expect(canIssueSecret(device())).toBe(true)
    expect(canIssueSecret(device({ registration: 'PENDING' }))).toBe(false)
    expect(canRetire(device({ registration: 'RETIRED' }))).toBe(false)
  })

  it('disables remote open with the reason when the policy forbids it, warns when the lock is offline', () => {
    expect(remoteOpenState(device(), settings)).toEqual({ show: true, blocked: null, offline: false })
    expect(remoteOpenState(device(), { remoteOpen: 'DISABLED' })).toEqual({ show: true, blocked: 'disabled', offline: false })
    expect(remoteOpenState(device({ online: false }), { remoteOpen: 'STAFF_AND_RESIDENT' })).toEqual({ show: true, blocked: null, offline: true })
    expect(remoteOpenState(device({ registration: 'PENDING' }), settings).blocked).toBe('notApproved')
    expect(remoteOpenState(device({ kind: 'WATER_METER' }), settings).show).toBe(false)
    // Settings not readable: the server decides (403 remote-open-disabled).
    expect(remoteOpenState(device(), null).blocked).toBeNull()
  })
})

describe('device settings', () => {
  it('sends only the inputs, and reports numbers out of bounds', () => {
    expect(toSettingsInput(settings)).toEqual({
      remoteOpen: 'STAFF',
      arrearsPolicy: 'NONE',
      memberCredentialType: 'FACE',
      visitorCodeMaxHours: 24,
      ackTimeoutSeconds: 30,
      maxAttempts: 3,
      heartbeatMinutes: 5,
    })
    expect(settingsOutOfBounds(settings)).toEqual([])
    expect(settingsOutOfBounds({ ...settings, visitorCodeMaxHours: 721, ackTimeoutSeconds: 1, maxAttempts: 2.5 })).toEqual(['visitorCodeMaxHours', 'ackTimeoutSeconds', 'maxAttempts'])
    expect(commandDeadlineSeconds(settings)).toBe(90)
  })
})

describe('devices Excel exports', () => {
  it('writes the registry with words for enums and state, times in Beijing', () => {
    const rows = toSheetRows([device({ battery: 12 })], deviceColumns())
    expect(rows[0].slice(0, 8)).toEqual(['设备编号', '类型', '序列号', '厂商', '型号', '安装位置', '备案状态', '设备状态'])
    expect(rows[1].slice(0, 10)).toEqual(['LK-P1-1-101', '智能门锁', 'SN-0001', 'acme-locks', 'L7', '示范小区 1号楼 101', '已备案', '在线 · 电量低 12%', '2026-11-22 09:00', 12])
  })

  it('writes access records with the credential kind in words, in the UI language', () => {
    const record: AccessRecord = {
      id: 1,
      occurredAt: '2026-11-22T01:02:03Z',
      receivedAt: '2026-11-22T01:02:04Z',
      deviceId: 'LK-1',
      unitLabel: '1号楼 101',
      method: 'PIN',
      credentialId: 'T-PIN-a8',
      credentialKind: 'TEMPORARY',
      holder: null,
    }
    expect(toSheetRows([record], accessColumns())[1]).toEqual(['2026-11-22 09:02:03', '1号楼 101', '临时密码', '密码', '', 'T-PIN-a8', 'LK-1', '2026-11-22 09:02:04'])
    i18n.global.locale.value = 'en'
    const en = toSheetRows([record], accessColumns())
    expect(en[0][2]).toBe('Credential kind')
    expect(en[1][2]).toBe('Temporary code')
  })
})

describe('devices pages and catalogues', () => {
  const officer: Pick<CurrentUser, 'audience' | 'permissions'> = {
    audience: 'OPERATOR',
    permissions: ['device:read', 'device:write', 'lock:credential', 'lock:open', 'access:read'],
  }

  it('puts the pages in a 设备管理 section for those who hold their permissions', () => {
    const group = portalRegistry.menuFor(officer).find((g) => g.section?.id === 'devices')
    expect(group?.items.map((i) => i.name)).toEqual(['devices-registry', 'devices-keys', 'devices-access', 'devices-operations', 'devices-settings'])
    const reader = portalRegistry.menuFor({ audience: 'OPERATOR', permissions: ['access:read'] }).find((g) => g.section?.id === 'devices')
    expect(reader?.items.map((i) => i.name)).toEqual(['devices-access'])
    expect(portalRegistry.page('devices-device')?.activeMenu).toBe('devices-registry')
  })

  it("keeps the resident's tab bar at five: 门锁 is a page reached from the home page", () => {
    const resident = { audience: 'RESIDENT' as const, permissions: ['resident:portal', 'resident:pay', 'resident:keys', 'household:self', 'lease:self'] }
    expect(portalRegistry.permittedPages(resident).some((p) => p.name === 'resident-keys')).toBe(true)
    expect(portalRegistry.tabsFor(resident).some((t) => t.name === 'resident-keys')).toBe(false)
  })

  it('has the same keys in both languages, Chinese in zh-CN and none in English', () => {
    expect(keys(devicesEn as Tree).sort()).toEqual(keys(devicesZh as Tree).sort())
    expect(zhCN.devices).toBe(devicesZh)
    expect(en.devices).toBe(devicesEn)
    expect(zhCN.menu.sections.devices).toBe('设备管理')
    expect(en.menu.sections.devices).toBe('Devices')
    const cjk = /[\u4e00-\u9fff]/
    const enKeys = keys(devicesEn as Tree)
    const get = (tree: Tree, key: string) => key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k], tree) as string
    expect(enKeys.filter((k) => cjk.test(get(devicesEn as Tree, k)))).toEqual([])
    expect(keys(devicesZh as Tree).filter((k) => !cjk.test(get(devicesZh as Tree, k)))).toEqual(['common.none', 'opcua.enum.policy.BASIC256SHA256', 'opcua.nodeId'])
  })
})
