import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import {
  ACCESS_KINDS,
  accessKindTagType,
  commandStatusTagType,
  commandStatusText,
  credentialBadge,
  credentialStatusTagType,
  CREDENTIAL_STATUSES,
  deadLetterReason,
  deviceFieldLabel,
  deviceFieldValue,
  deviceLabel,
  deviceStateTags,
  deviceStateText,
  DEVICE_KINDS,
  isRevocable,
  KEY_ACTIONS,
  prettyPayload,
  registrationTagType,
  REGISTRATIONS,
  validityAt,
} from './labels'
import type { Device } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const device = (patch: Partial<Device> = {}): Device => ({
  id: 1,
  deviceId: 'LK-P1-1-101',
  kind: 'SMART_LOCK',
  serial: 'SN1',
  registration: 'APPROVED',
  hasSecret: true,
  online: true,
  lastSeenAt: '2026-11-22T01:00:00Z',
  battery: 87,
  tamperedAt: null,
  clockSkewSeconds: 3,
  commandsTimedOut: 0,
  createdAt: '2026-11-01T00:00:00Z',
  version: 1,
  ...patch,
})

describe('devices labels', () => {
  it('labels credential kinds of access records plainly, in both languages', () => {
    expect(ACCESS_KINDS.map((k) => deviceLabel('accessKind', k))).toEqual(['住户', '访客', '工作人员', '本地录入', '临时密码', '机械钥匙', '远程开门', '未知'])
    i18n.global.locale.value = 'en'
    expect(deviceLabel('accessKind', 'TEMPORARY')).toBe('Temporary code')
    expect(deviceLabel('accessKind', 'SOMETHING_NEW')).toBe('SOMETHING_NEW')
    expect(deviceLabel('kind', '')).toBe('')
  })

  it('names every kind, registration, credential status and key-log action in Chinese', () => {
    expect(DEVICE_KINDS.map((k) => deviceLabel('kind', k))).toEqual(['智能门锁', '水表', '电表', '烟感', '网关', '摄像头', '其他'])
    expect(REGISTRATIONS.map((r) => deviceLabel('registration', r))).toEqual(['待审核', '已备案', '已驳回', '已停用'])
    expect(CREDENTIAL_STATUSES.map((s) => deviceLabel('credentialStatus', s))).toEqual(['下发中', '生效中', '撤销中', '已撤销', '下发失败'])
    for (const a of KEY_ACTIONS) expect(deviceLabel('keyAction', a)).not.toBe(a)
    expect(deviceLabel('commandStatus', 'TIMED_OUT')).toBe('超时未应答')
  })

  it('colours statuses so that failures and time-outs stand out', () => {
    expect(registrationTagType('PENDING')).toBe('warning')
    expect(registrationTagType('APPROVED')).toBe('success')
    expect(registrationTagType('REJECTED')).toBe('danger')
    expect(registrationTagType('RETIRED')).toBe('info')
    expect(credentialStatusTagType('ACTIVE')).toBe('success')
    expect(credentialStatusTagType('GRANTING')).toBe('warning')
    expect(credentialStatusTagType('FAILED')).toBe('danger')
    expect(commandStatusTagType('TIMED_OUT')).toBe('danger')
    expect(commandStatusTagType('OK')).toBe('success')
    expect(commandStatusTagType('SENT')).toBe('primary')
    expect(accessKindTagType('UNKNOWN')).toBe('danger')
    expect(accessKindTagType('RESIDENT')).toBe('success')
  })

  it('shows a device state as tags: online, battery, tamper, clock skew, timed-out commands', () => {
    expect(deviceStateTags(device()).map((t) => t.label)).toEqual(['在线', '电量 87%'])
    const bad = deviceStateTags(device({ online: false, battery: 12, tamperedAt: '2026-11-22T02:00:00Z', clockSkewSeconds: -900, commandsTimedOut: 2 }))
    expect(bad.map((t) => [t.key, t.label, t.type])).toEqual([
      ['offline', '离线', 'info'],
      ['battery', '电量低 12%', 'warning'],
      ['tamper', '防撬告警', 'danger'],
      ['skew', '时钟偏差 -900 秒', 'warning'],
      ['timedOut', '2 条指令超时', 'danger'],
    ])
    expect(deviceStateTags(device({ online: false, lastSeenAt: null, battery: null })).map((t) => t.key)).toEqual(['never'])
    expect(deviceStateTags(device({ registration: 'PENDING' }))).toEqual([])
    expect(deviceStateText(device({ registration: 'RETIRED' }))).toBe('已停用')
    expect(deviceStateText(device())).toBe('在线 · 电量 87%')
    i18n.global.locale.value = 'en'
    expect(deviceStateText(device({ battery: 5 }))).toBe('Online · Battery low 5%')
  })

  it('tells where now lies in a validity window (end exclusive)', () => {
    const now = new Date('2026-11-22T04:00:00Z')
    expect(validityAt({ validFrom: '2026-11-22T03:00:00Z', validUntil: '2026-11-22T05:00:00Z' }, now)).toBe('current')
    expect(validityAt({ validFrom: '2026-11-22T05:00:00Z', validUntil: null }, now)).toBe('pending')
    expect(validityAt({ validFrom: null, validUntil: '2026-11-22T04:00:00Z' }, now)).toBe('expired')
    expect(validityAt({ validFrom: null, validUntil: null }, now)).toBe('none')
  })

  it('says 已过期 or 未生效 for an active credential outside its window, the status otherwise', () => {
    const now = new Date('2026-11-22T04:00:00Z')
    expect(credentialBadge({ status: 'ACTIVE', validFrom: null, validUntil: '2026-11-22T03:00:00Z' }, now)).toEqual({ label: '已过期', type: 'info' })
    expect(credentialBadge({ status: 'ACTIVE', validFrom: '2026-11-23T00:00:00Z', validUntil: null }, now)).toEqual({ label: '未生效', type: 'primary' })
    expect(credentialBadge({ status: 'ACTIVE', validFrom: null, validUntil: null }, now)).toEqual({ label: '生效中', type: 'success' })
    expect(credentialBadge({ status: 'REVOKING', validFrom: null, validUntil: '2026-11-22T03:00:00Z' }, now)).toEqual({ label: '撤销中', type: 'warning' })
    expect(isRevocable({ status: 'ACTIVE' })).toBe(true)
    expect(isRevocable({ status: 'REVOKING' })).toBe(false)
    expect(isRevocable({ status: 'REVOKED' })).toBe(false)
  })

  it('counts the attempts of a resent command', () => {
    expect(commandStatusText({ status: 'SENT', attempts: 2 })).toBe('已发送（第 2 次）')
    expect(commandStatusText({ status: 'TIMED_OUT', attempts: 3 })).toBe('超时未应答（第 3 次）')
    expect(commandStatusText({ status: 'OK', attempts: 2 })).toBe('已确认')
  })

  it('explains dead-letter reasons in words, with the field, and keeps unknown codes', () => {
    expect(deadLetterReason('malformed-json')).toBe('格式错误：不是一个 JSON 对象')
    expect(deadLetterReason('missing-field:battery')).toBe('缺少字段 battery')
    expect(deadLetterReason('bad-field:at')).toBe('字段 at 的值无效')
    expect(deadLetterReason('wrong-organization')).toBe('设备不属于该运营单位')
    expect(deadLetterReason('something-else')).toBe('something-else')
    expect(deadLetterReason(null)).toBe('')
    i18n.global.locale.value = 'en'
    expect(deadLetterReason('payload-too-large')).toBe('Too large (over 4 KiB)')
  })

  it('pretty-prints JSON payloads and shows anything else as received', () => {
    expect(prettyPayload('{"type":"TAMPER","battery":70}')).toBe('{\n  "type": "TAMPER",\n  "battery": 70\n}')
    expect(prettyPayload('not json {')).toBe('not json {')
    expect(prettyPayload(null)).toBe('')
  })

  it('names the fields of a device history and shows enum values in words', () => {
    expect(deviceFieldLabel('serial')).toBe('序列号')
    expect(deviceFieldLabel('somethingNew')).toBe('somethingNew')
    expect(deviceFieldValue('registration', 'APPROVED')).toBe('已备案')
    expect(deviceFieldValue('kind', 'WATER_METER')).toBe('水表')
    expect(deviceFieldValue('hasSecret', 'true')).toBe('是')
    expect(deviceFieldValue('model', null)).toBe('—')
  })
})
