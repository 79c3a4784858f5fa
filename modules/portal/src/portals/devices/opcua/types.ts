/** The OPC UA API's shapes (docs/api/opcua.md): gateways (endpoints), their node maps, meter readings and consumption. */

export type SecurityPolicy = 'NONE' | 'BASIC256SHA256'
export type SecurityMode = 'NONE' | 'SIGN' | 'SIGN_AND_ENCRYPT'
export type ConnectionState = 'CONNECTED' | 'CONNECTING' | 'ERROR' | 'DISCONNECTED'
export type NodeKind = 'WATER' | 'ELECTRICITY' | 'ONLINE'
export type MeterKind = 'WATER' | 'ELECTRICITY'
export type ReadingFlag = 'NONE' | 'DECREASE' | 'JUMP'
export type AutoMapSource = 'BROWSE' | 'CONVENTION'

export interface Connection {
  endpointId: number
  name: string
  url: string
  enabled: boolean
  state: ConnectionState
  since?: string | null
  lastError?: string | null
  monitoredItems: number
  lastValueAt?: string | null
  readingsStored: number
}

export interface Endpoint {
  id: number
  name: string
  url: string
  securityPolicy: SecurityPolicy
  securityMode: SecurityMode
  username?: string | null
  hasPassword: boolean
  namespaceUri: string
  projectId: number
  projectName?: string | null
  nodePrefix: string
  enabled: boolean
  /** Mapped NodeIds. */
  nodes: number
  connection?: Connection | null
  createdAt: string
  updatedAt?: string | null
  version: number
}

export interface EndpointInput {
  name: string
  url: string
  securityPolicy: SecurityPolicy
  securityMode: SecurityMode
  username?: string
  /** Absent on PUT keeps the stored password. */
  password?: string
  namespaceUri: string
  projectId: number
  nodePrefix: string
  enabled: boolean
}

export interface NodeMapping {
  id: number
  endpointId: number
  nodeId: string
  unitId: number
  unitLabel?: string | null
  kind: NodeKind
  createdAt: string
}

export interface NodeMappingInput {
  nodeId: string
  unitId: number
  kind: NodeKind
}

export interface AutoMapResult {
  source: AutoMapSource
  found: number
  mapped: number
  alreadyMapped: number
  unmatchedTotal: number
  unmatched: { nodeId: string; reason: string }[]
}

export interface CurrentMeter {
  kind: NodeKind
  value: number
  unit?: string | null
  sourceTime?: string | null
  receivedAt?: string | null
  flag: ReadingFlag
  source?: string | null
  nodeId?: string | null
}

export interface MeterState {
  unitId: number
  unitLabel?: string | null
  meters: CurrentMeter[]
}

export interface Reading {
  unitId: number
  kind: MeterKind
  value: number
  delta?: number | null
  flag: ReadingFlag
  sourceTime?: string | null
  serverTime?: string | null
  receivedAt?: string | null
  source?: string | null
  nodeId?: string | null
}

export interface Daily {
  day: string
  kind: MeterKind
  firstValue?: number | null
  firstAt?: string | null
  lastValue?: number | null
  lastAt?: string | null
  consumption: number
  flaggedConsumption: number
  readings: number
  flags: number
}

export interface DailyAmount {
  consumption: number
  flaggedConsumption: number
  flags: number
  lastValue?: number | null
  lastAt?: string | null
}

export interface UnitDaily {
  unitId: number
  unitLabel?: string | null
  buildingName: string
  roomNumber: string
  water: DailyAmount | null
  electricity: DailyAmount | null
}
