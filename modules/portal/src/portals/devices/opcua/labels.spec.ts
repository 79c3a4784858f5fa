import { afterEach, describe, expect, it } from 'vitest'
import { buildUrl } from '@/app/api'
import { i18n } from '@/app/i18n'
import { toSheetRows } from '@/shared/excel'
import {
  CONNECTION_STATES,
  dailyBars,
  dailyQuery,
  endpointQuery,
  flagTagType,
  meterValue,
  modesFor,
  NODE_PREFIX,
  OPC_URL,
  opcuaLabel,
  projectDailyColumns,
  projectDailyQuery,
  stateTagType,
  toEndpointInput,
  totalConsumption,
  type EndpointForm,
} from './labels'
import type { Daily, UnitDaily } from './types'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const day = (d: string, kind: 'WATER' | 'ELECTRICITY', consumption: number, flagged = 0): Daily => ({
  day: d,
  kind,
  consumption,
  flaggedConsumption: flagged,
  readings: 3,
  flags: flagged ? 1 : 0,
})

describe('OPC UA labels', () => {
  it('tags connection states: connected green, connecting amber, error red, disconnected grey', () => {
    expect(CONNECTION_STATES.map((s) => [opcuaLabel('state', s), stateTagType(s)])).toEqual([
      ['已连接', 'success'],
      ['连接中', 'warning'],
      ['连接错误', 'danger'],
      ['未连接', 'info'],
    ])
    i18n.global.locale.value = 'en'
    expect(opcuaLabel('state', 'CONNECTING')).toBe('Connecting')
    expect(opcuaLabel('unmatched', 'ambiguous-building')).toBe('Ambiguous building name')
    expect(opcuaLabel('state', 'NEW_STATE')).toBe('NEW_STATE')
  })

  it('flags readings and writes values with their units', () => {
    expect(flagTagType('JUMP')).toBe('danger')
    expect(flagTagType('DECREASE')).toBe('warning')
    expect(meterValue(12.3456, 'WATER')).toBe('12.346 m³')
    expect(meterValue(1234.5, 'ELECTRICITY')).toBe('1,234.500 kWh')
    expect(meterValue(null, 'WATER')).toBe('')
  })

  it('checks the endpoint form: opc.tcp URLs, prefixes without dots, NONE mode exactly with NONE policy', () => {
    expect(OPC_URL.test('opc.tcp://127.0.0.1:4841/anju')).toBe(true)
    expect(OPC_URL.test('http://127.0.0.1:4841')).toBe(false)
    expect(NODE_PREFIX.test('DEMO-P1')).toBe(true)
    expect(NODE_PREFIX.test('DEMO.P1')).toBe(false)
    expect(modesFor('NONE')).toEqual(['NONE'])
    expect(modesFor('BASIC256SHA256')).toEqual(['SIGN', 'SIGN_AND_ENCRYPT'])
    const f: EndpointForm = {
      name: ' 示范网关 ',
      url: ' opc.tcp://gw:4841/anju ',
      securityPolicy: 'BASIC256SHA256',
      securityMode: 'NONE',
      username: '',
      password: 'left over',
      namespaceUri: 'urn:anju:simulator',
      projectId: '4',
      nodePrefix: 'DEMO-P1',
      enabled: true,
    }
    expect(toEndpointInput(f)).toEqual({
      name: '示范网关',
      url: 'opc.tcp://gw:4841/anju',
      securityPolicy: 'BASIC256SHA256',
      securityMode: 'SIGN',
      username: undefined,
      password: undefined,
      namespaceUri: 'urn:anju:simulator',
      projectId: 4,
      nodePrefix: 'DEMO-P1',
      enabled: true,
    })
    // An edit with a user name and no new password keeps the stored one (password absent).
    expect(toEndpointInput({ ...f, username: 'ops', password: '' }).password).toBeUndefined()
    expect(toEndpointInput({ ...f, username: 'ops', password: 's3cret' }).password).toBe('s3cret')
  })

  it('turns filters into query strings', () => {
    expect(buildUrl('/opcua/endpoints', endpointQuery({ projectId: '3', state: 'ERROR', q: ' gw ' }, 1, 20))).toBe('/api/v1/opcua/endpoints?projectId=3&state=ERROR&q=gw&page=1&size=20')
    expect(endpointQuery({ state: 'BROKEN' }).state).toBeUndefined()
    expect(dailyQuery({ kind: 'WATER', from: '2026-11-30', to: '2026-11-01' })).toEqual({ kind: 'WATER', from: '2026-11-01', to: '2026-11-30' })
    expect(dailyQuery({ kind: 'ONLINE' }).kind).toBeUndefined()
    expect(buildUrl('/meters/projects/1/daily', projectDailyQuery({ date: '2026-11-21', q: '' }, 2, 20))).toBe('/api/v1/meters/projects/1/daily?date=2026-11-21&page=2&size=20')
  })

  it('draws daily bars oldest first relative to the largest day, and sums only unflagged use', () => {
    const rows = [day('2026-11-21', 'WATER', 0.5), day('2026-11-20', 'WATER', 0.2, 0.8), day('2026-11-20', 'ELECTRICITY', 9)]
    expect(dailyBars(rows, 'WATER')).toEqual([
      { day: '2026-11-20', value: 0.2, flagged: 0.8, percent: 100, flaggedPercent: 80 },
      { day: '2026-11-21', value: 0.5, flagged: 0, percent: 50, flaggedPercent: 0 },
    ])
    expect(dailyBars([], 'WATER')).toEqual([])
    expect(totalConsumption(rows, 'WATER')).toBe(0.7)
    expect(totalConsumption(rows, 'ELECTRICITY')).toBe(9)
  })

  it('writes the project daily report as Excel rows, blank where a unit had no reading', () => {
    const row: UnitDaily = {
      unitId: 1,
      buildingName: '1号楼',
      roomNumber: '101',
      water: { consumption: 0.312, flaggedConsumption: 0, flags: 0, lastValue: 120.5 },
      electricity: null,
    }
    const sheet = toSheetRows([row], projectDailyColumns())
    expect(sheet[0]).toEqual(['楼栋', '房号', '用水量(m³)', '异常用水(m³)', '水表读数(m³)', '用电量(kWh)', '异常用电(kWh)', '电表读数(kWh)'])
    expect(sheet[1]).toEqual(['1号楼', '101', 0.312, null, 120.5, null, null, null])
  })
})
