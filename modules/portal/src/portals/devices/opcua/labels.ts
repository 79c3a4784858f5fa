/**
 * OPC UA in words: connection states as tags (CONNECTED green, CONNECTING amber, ERROR red, DISCONNECTED grey),
 * security, meter kinds with their units, reading flags, auto-map reasons; the endpoint form's rules (URL, prefix,
 * security mode matching the policy); and the daily consumption as chart bars and Excel rows.
 */
import { i18n } from '@/app/i18n'
import type { Query } from '@/app/api'
import type { ExcelColumn } from '@/shared/excel'
import { formatNumber } from '@/shared/format'
import type { TagType } from '../labels'
import { dateParam, dateRange, positiveId } from '../query'
import type { ConnectionState, Daily, EndpointInput, MeterKind, NodeKind, ReadingFlag, SecurityMode, SecurityPolicy, UnitDaily } from './types'

export const CONNECTION_STATES: readonly ConnectionState[] = ['CONNECTED', 'CONNECTING', 'ERROR', 'DISCONNECTED']
export const SECURITY_POLICIES: readonly SecurityPolicy[] = ['NONE', 'BASIC256SHA256']
export const SECURITY_MODES: readonly SecurityMode[] = ['NONE', 'SIGN', 'SIGN_AND_ENCRYPT']
export const NODE_KINDS: readonly NodeKind[] = ['WATER', 'ELECTRICITY', 'ONLINE']
export const METER_KINDS: readonly MeterKind[] = ['WATER', 'ELECTRICITY']
export const READING_FLAGS: readonly ReadingFlag[] = ['NONE', 'DECREASE', 'JUMP']

export type OpcuaEnum = 'state' | 'policy' | 'mode' | 'nodeKind' | 'flag' | 'unmatched' | 'source'

export function opcuaLabel(name: OpcuaEnum, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const key = `devices.opcua.enum.${name}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

export function stateTagType(state: ConnectionState | string): TagType {
  switch (state) {
    case 'CONNECTED':
      return 'success'
    case 'CONNECTING':
      return 'warning'
    case 'ERROR':
      return 'danger'
    default:
      return 'info'
  }
}

export function flagTagType(flag: ReadingFlag | string): TagType {
  return flag === 'JUMP' ? 'danger' : flag === 'DECREASE' ? 'warning' : 'info'
}

/** The unit of a meter kind: m³, kWh. */
export function meterUnit(kind: string): string {
  return kind === 'WATER' ? 'm³' : kind === 'ELECTRICITY' ? 'kWh' : ''
}

/** `12.345 m³`; empty for no value. */
export function meterValue(value: number | null | undefined, kind: string): string {
  if (value === null || value === undefined) return ''
  const unit = meterUnit(kind)
  return `${formatNumber(value, 3)}${unit ? ` ${unit}` : ''}`
}

export const OPC_URL = /^opc\.tcp:\/\/[^\s/:]+(:\d{1,5})?(\/\S*)?$/
export const NODE_PREFIX = /^[A-Za-z0-9_-]{1,64}$/

/** The modes a policy allows: NONE exactly with NONE. */
export function modesFor(policy: SecurityPolicy): SecurityMode[] {
  return policy === 'NONE' ? ['NONE'] : ['SIGN', 'SIGN_AND_ENCRYPT']
}

export interface EndpointForm {
  name: string
  url: string
  securityPolicy: SecurityPolicy
  securityMode: SecurityMode
  username: string
  password: string
  namespaceUri: string
  projectId: string
  nodePrefix: string
  enabled: boolean
}

/**
 * The POST/PUT body: texts trimmed; an empty user name means anonymous; an empty password on an edit keeps the stored
 * one (absent), on a new endpoint it is left out too.
 */
export function toEndpointInput(f: EndpointForm): EndpointInput {
  const username = f.username.trim()
  return {
    name: f.name.trim(),
    url: f.url.trim(),
    securityPolicy: f.securityPolicy,
    securityMode: modesFor(f.securityPolicy).includes(f.securityMode) ? f.securityMode : modesFor(f.securityPolicy)[0],
    username: username || undefined,
    password: username && f.password ? f.password : undefined,
    namespaceUri: f.namespaceUri.trim(),
    projectId: positiveId(f.projectId) ?? 0,
    nodePrefix: f.nodePrefix.trim(),
    enabled: f.enabled,
  }
}

export interface EndpointFilter {
  [key: string]: string
  projectId: string
  state: string
  q: string
}

export const EMPTY_ENDPOINT_FILTER: EndpointFilter = { projectId: '', state: '', q: '' }

export function endpointQuery(f: Partial<EndpointFilter>, page?: number, size?: number): Query {
  const q = (f.q ?? '').trim()
  return {
    projectId: positiveId(f.projectId),
    state: f.state && (CONNECTION_STATES as readonly string[]).includes(f.state) ? f.state : undefined,
    q: q || undefined,
    page,
    size,
  }
}

/** GET /meters/units/{id}/daily query: a kind when known, dates in order. */
export function dailyQuery(f: { kind?: string; from?: string; to?: string }): Query {
  return { kind: f.kind && (METER_KINDS as readonly string[]).includes(f.kind) ? f.kind : undefined, ...dateRange(f.from, f.to) }
}

/** GET /meters/projects/{id}/daily query. */
export function projectDailyQuery(f: { date?: string; q?: string }, page?: number, size?: number): Query {
  const q = (f.q ?? '').trim()
  return { date: dateParam(f.date), q: q || undefined, page, size }
}

export interface Bar {
  day: string
  value: number
  flagged: number
  /** Percent of the tallest day, for the bar's height (0..100). */
  percent: number
  /** The flagged part of that height (drawn apart, in red), in percent of the tallest day. */
  flaggedPercent: number
}

/** One kind's days as bars (oldest first), heights relative to the largest day (flagged steps included). */
export function dailyBars(rows: readonly Daily[], kind: MeterKind): Bar[] {
  const days = rows.filter((r) => r.kind === kind).sort((a, b) => a.day.localeCompare(b.day))
  const max = Math.max(0, ...days.map((d) => d.consumption + d.flaggedConsumption))
  const pct = (v: number) => (max > 0 ? Math.round((v / max) * 1000) / 10 : 0)
  return days.map((d) => ({
    day: d.day,
    value: d.consumption,
    flagged: d.flaggedConsumption,
    percent: pct(d.consumption + d.flaggedConsumption),
    flaggedPercent: pct(d.flaggedConsumption),
  }))
}

/** The sum of a kind's consumption over the days shown (flagged steps not counted, as the API does). */
export function totalConsumption(rows: readonly Daily[], kind: MeterKind): number {
  return Math.round(rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.consumption, 0) * 1000) / 1000
}

/** The project's daily consumption as an Excel sheet. */
export function projectDailyColumns(): ExcelColumn<UnitDaily>[] {
  const { t } = i18n.global
  return [
    { header: t('devices.opcua.meters.building'), value: (r) => r.buildingName, width: 12 },
    { header: t('devices.opcua.meters.room'), value: (r) => r.roomNumber, width: 10 },
    { header: t('devices.opcua.meters.waterM3'), value: (r) => r.water?.consumption ?? null, width: 14 },
    { header: t('devices.opcua.meters.waterFlagged'), value: (r) => r.water?.flaggedConsumption || null, width: 14 },
    { header: t('devices.opcua.meters.waterLast'), value: (r) => r.water?.lastValue ?? null, width: 14 },
    { header: t('devices.opcua.meters.electricityKwh'), value: (r) => r.electricity?.consumption ?? null, width: 14 },
    { header: t('devices.opcua.meters.electricityFlagged'), value: (r) => r.electricity?.flaggedConsumption || null, width: 14 },
    { header: t('devices.opcua.meters.electricityLast'), value: (r) => r.electricity?.lastValue ?? null, width: 14 },
  ]
}

/** Field names of a gateway's revision history in the UI language (the server's names otherwise). */
export function endpointFieldLabel(field: string): string {
  const key = `devices.opcua.field.${field}`
  return i18n.global.te(key) ? i18n.global.t(key) : field
}
