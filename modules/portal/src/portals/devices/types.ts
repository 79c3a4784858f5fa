/**
 * The devices API's shapes (docs/api/devices.md; server records in device-integration/devices …/DeviceViews.java
 * and DeviceCommands.java). Instants are ISO-8601 strings, dates `YYYY-MM-DD`.
 */

export type DeviceKind = 'SMART_LOCK' | 'WATER_METER' | 'ELECTRICITY_METER' | 'SMOKE_SENSOR' | 'GATEWAY' | 'CAMERA' | 'OTHER'
export type Registration = 'PENDING' | 'APPROVED' | 'REJECTED' | 'RETIRED'
export type CredentialStatus = 'GRANTING' | 'ACTIVE' | 'REVOKING' | 'REVOKED' | 'FAILED'
export type CredentialKind = 'RESIDENT' | 'VISITOR' | 'STAFF'
export type CredentialType = 'PIN' | 'CARD' | 'FACE' | 'FINGERPRINT' | 'APP'
export type CommandType = 'GRANT' | 'REVOKE' | 'OPEN'
export type CommandStatus = 'PENDING' | 'SENT' | 'OK' | 'FAILED' | 'TIMED_OUT' | 'CANCELLED'
export type DeviceEventType = 'TAMPER' | 'LOW_BATTERY' | 'OFFLINE' | 'ONLINE' | 'TIMED_OUT'
export type AccessMethod = 'FACE' | 'FINGERPRINT' | 'PIN' | 'CARD' | 'APP' | 'KEY'
export type AccessKind = 'RESIDENT' | 'VISITOR' | 'STAFF' | 'LOCAL' | 'TEMPORARY' | 'KEY' | 'REMOTE' | 'UNKNOWN'
export type KeyAction =
  | 'GRANTED'
  | 'EXTENDED'
  | 'MOVED'
  | 'REVOKED'
  | 'CONFIRMED'
  | 'FAILED'
  | 'TIMED_OUT'
  | 'VISITOR_CODE'
  | 'REMOTE_OPEN'
  | 'ARREARS_WARNING'
export type RemoteOpenPolicy = 'DISABLED' | 'STAFF' | 'STAFF_AND_RESIDENT'
export type ArrearsPolicy = 'NONE' | 'WARN'

export interface Device {
  id: number
  deviceId: string
  kind: DeviceKind
  vendorCode?: string | null
  model?: string | null
  serial: string
  certificate?: string | null
  certificateValidUntil?: string | null
  projectId?: number | null
  buildingId?: number | null
  unitId?: number | null
  /** Where it is installed, in words (`示范小区 1号楼 101`). */
  location?: string | null
  registration: Registration
  registeredBy?: string | null
  decidedBy?: string | null
  decidedAt?: string | null
  decisionNote?: string | null
  hasSecret: boolean
  online: boolean
  lastSeenAt?: string | null
  battery?: number | null
  tamperedAt?: string | null
  clockSkewSeconds?: number | null
  commandsTimedOut: number
  createdAt: string
  version: number
}

/** POST/PUT /devices: exactly one place (a unit, a building of a project, or a project); a smart lock needs a unit. */
export interface DeviceInput {
  deviceId: string
  kind: DeviceKind
  vendorCode?: string
  model?: string
  serial: string
  certificate?: string
  certificateValidUntil?: string
  projectId?: number
  buildingId?: number
  unitId?: number
}

/** The device secret: answered once when issued. */
export interface DeviceSecret {
  deviceId: string
  secret: string
  mqttUsername: string
  topics: string[]
}

export interface Credential {
  id: number
  credentialId: string
  deviceId: string
  unitId: number
  householdId?: number | null
  leaseId?: number | null
  memberId?: number | null
  /** The holder's name, masked (`张*`). */
  holder?: string | null
  kind: CredentialKind
  credentialType: CredentialType
  validFrom?: string | null
  validUntil?: string | null
  status: CredentialStatus
  statusReason?: string | null
  createdBy?: string | null
  createdAt: string
}

export interface GrantInput {
  memberId?: number
  holder?: string
  credentialType: CredentialType
  validFrom?: string
  validUntil?: string
}

export interface Command {
  id: number
  commandId: string
  deviceId: string
  type: CommandType
  credentialId?: string | null
  status: CommandStatus
  attempts: number
  lastSentAt?: string | null
  answeredAt?: string | null
  reason?: string | null
  requestedBy?: string | null
  createdAt: string
}

export interface DeviceEvent {
  id: number
  deviceId: string
  type: DeviceEventType | string
  occurredAt: string
  receivedAt?: string | null
  battery?: number | null
  unitId?: number | null
  detail?: string | null
}

export interface KeyLog {
  id: number
  at: string
  unitId?: number | null
  householdId?: number | null
  leaseId?: number | null
  deviceId?: string | null
  credentialId?: string | null
  commandId?: string | null
  action: KeyAction | string
  actor?: string | null
  detail?: string | null
}

export interface AccessRecord {
  id: number
  occurredAt: string
  receivedAt?: string | null
  deviceId: string
  unitId?: number | null
  unitLabel?: string | null
  method: AccessMethod | string
  credentialId?: string | null
  credentialKind: AccessKind | string
  householdId?: number | null
  holder?: string | null
}

export interface DeviceSettings {
  remoteOpen: RemoteOpenPolicy
  arrearsPolicy: ArrearsPolicy
  memberCredentialType: CredentialType
  visitorCodeMaxHours: number
  ackTimeoutSeconds: number
  maxAttempts: number
  heartbeatMinutes: number
  updatedBy?: string | null
  updatedAt?: string | null
}

export type DeviceSettingsInput = Omit<DeviceSettings, 'updatedBy' | 'updatedAt'>

export interface DeadLetter {
  id: number
  receivedAt: string
  source: string
  topic?: string | null
  deviceId?: string | null
  reason: string
  size: number
  payload?: string | null
}

export interface BrokerConnection {
  name: string
  url: string
  connected: boolean
  connectedSince?: string | null
  lastError?: string | null
  backlog: number
}

export interface DeviceConnections {
  brokers: BrokerConnection[]
  deadLetters: number
}

/** GET /my/keys: the household's keys on its live lease. */
export interface MyKeys {
  credentials: Credential[]
  visitorCodes: Credential[]
  remoteOpen: boolean
  /** The operator's limit on a visitor code's window (hours): bounds the pickers. */
  visitorCodeMaxHours: number
}

export interface VisitorCodeInput {
  visitorName: string
  validFrom: string
  validUntil: string
}

/** POST /my/visitor-codes: the credential and its PIN, shown once. */
export interface VisitorCode {
  credential: Credential
  pin: string
}
