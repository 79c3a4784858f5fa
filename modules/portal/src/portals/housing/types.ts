/** The housing API's shapes (docs/api/housing.md): projects, buildings, units, status board, imports, roster. */
import type { AuditEntry } from '@/app/types'

/** 房态 (R6.1c). */
export type UnitStatus = 'PENDING_ALLOCATION' | 'OCCUPIED' | 'UNDER_REPAIR' | 'VACANT'
export type StatusCounts = Record<UnitStatus, number>
export type StatusSource = 'MANUAL' | 'LEASE' | 'REPAIR' | 'IMPORT'

/** The service window of a project (R5.1c). */
export interface ServiceWindow {
  applicationProcess?: string
  howToApply?: string
  requiredMaterials?: string
  hotline?: string
  officeHours?: string
  serviceAddress?: string
}

export interface ProjectSummary {
  id: number
  name: string
  address: string
  divisionCode: string
  propertyCompany?: string
  managerName?: string
  buildings: number
  units: number
  counts: StatusCounts
  createdAt: string
}

export interface BuildingView {
  id: number
  projectId: number
  name: string
  floors: number
  hasElevator: boolean
  yearBuilt?: number
  units: number
  counts: StatusCounts
}

export interface ProjectView {
  id: number
  name: string
  address: string
  divisionCode: string
  propertyCompany?: string
  managerName?: string
  managerPhone?: string
  latitude?: number
  longitude?: number
  serviceWindow: ServiceWindow
  buildings: BuildingView[]
  counts: StatusCounts
  createdAt: string
  updatedAt: string
}

export interface ProjectInput {
  name: string
  address: string
  divisionCode: string
  propertyCompany?: string
  managerName?: string
  managerPhone?: string
  latitude?: number
  longitude?: number
  reason?: string
}

export interface BuildingInput {
  name: string
  floors: number
  hasElevator: boolean
  yearBuilt?: number
  reason?: string
}

/** Areas arrive as JSON numbers (2 decimals); a decimal string is accepted too. */
export type Area = number | string

export interface UnitView {
  id: number
  projectId: number
  projectName: string
  buildingId: number
  buildingName: string
  roomNumber: string
  floor: number
  layout: string
  area: Area
  orientation?: string
  propertyRegistrationNo?: string
  owningAuthority?: string
  rentStandardRef?: string
  managerName?: string
  devices: string[]
  status: UnitStatus
  statusChangedAt: string
  allowedStatuses: UnitStatus[]
  createdAt: string
  updatedAt: string
}

export interface UnitInput {
  buildingId?: number
  roomNumber: string
  floor: number
  layout: string
  area: number
  orientation?: string
  propertyRegistrationNo?: string
  owningAuthority?: string
  rentStandardRef?: string
  managerName?: string
  devices?: string[]
  status?: UnitStatus
  reason?: string
}

export interface StatusChange {
  from?: UnitStatus
  to: UnitStatus
  at: string
  actor: string
  reason?: string
  source: StatusSource
}

/** 一房一档 (R6.1b, R7.4a). */
export interface UnitArchive {
  unit: UnitView
  location: {
    projectId: number
    projectName: string
    projectAddress: string
    divisionCode: string
    buildingName: string
    floor: number
    roomNumber: string
  }
  building: { floors: number; hasElevator: boolean; yearBuilt?: number }
  ownership: { propertyRegistrationNo?: string; owningAuthority?: string }
  /** null until leases exist. */
  lease: Record<string, unknown> | null
  management: { managerName?: string; projectManager?: string; propertyCompany?: string }
  statusHistory: StatusChange[]
  revisions: AuditEntry[]
  /** What later capabilities add (lease history, repairs, access records), already in the request language. */
  sections: ArchiveSection[]
}

export interface ArchiveSection {
  key: string
  title: string
  rows: { label: string; value: string }[]
}

export interface BoardUnit {
  id: number
  roomNumber: string
  status: UnitStatus
  layout: string
  area: Area
  occupant?: string
  leaseEnd?: string
  /** The unit's smart locks (devices' UnitDetailsProvider); absent when the unit has no approved lock. */
  deviceState?: CellDeviceState
}

/** A board cell's lock state in codes (housing api UnitCellDetails.DeviceState); devices/lockState.ts says it in words. */
export interface CellDeviceState {
  state: 'ONLINE' | 'OFFLINE' | 'TROUBLE'
  trouble?: 'TAMPER' | 'TIMED_OUT' | 'LOW_BATTERY' | null
  /** The lowest battery of the unit's locks, in percent. */
  battery?: number | null
  locks: number
}

export interface BoardRow {
  floor: number
  units: BoardUnit[]
}

export interface BoardBuilding {
  id: number
  name: string
  floors: number
  hasElevator: boolean
  counts: StatusCounts
  rows: BoardRow[]
}

/** 房态图 (R6.1c, R6.1d). */
export interface StatusBoard {
  project: { id: number; name: string }
  counts: StatusCounts
  total: number
  shown: number
  layouts: string[]
  buildings: BoardBuilding[]
}

export type ImportMode = 'DRY_RUN' | 'ALL_OR_NOTHING' | 'VALID_ONLY'
export type ImportState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'INTERRUPTED'

export interface ImportError {
  sheet: string
  row: number
  column: string
  message: string
}

export interface ImportJob {
  id: string
  fileName: string
  mode: ImportMode
  state: ImportState
  totalRows?: number
  processedRows: number
  errorRows: number
  created: number
  updated: number
  unchanged: number
  errors: ImportError[]
  failure?: string
  createdAt: string
  finishedAt?: string
}

export interface Qualification {
  name: string
  certificateNo?: string
  validUntil?: string
}

export interface StaffMember {
  id: number
  name: string
  position: string
  phone?: string
  userId?: number
  active: boolean
  qualifications: Qualification[]
  projects: { id: number; name: string }[]
}

export interface StaffInput {
  name: string
  position: string
  phone?: string
  userId?: number
  active?: boolean
  qualifications: Qualification[]
  projectIds: number[]
}

/** Residents per staff member of a project (R5.1d). */
export interface StaffingRow {
  projectId: number
  projectName: string
  residents: number
  staff: number
  ratio?: number
  limit: number
  overLimit: boolean
}

export interface HousingSettings {
  residentsPerStaffLimit: number
}

export interface PublicProject {
  id: number
  name: string
  address: string
}

export interface PublicServiceWindow {
  organization: { code: string; displayName: string }
  project: { id: number; name: string; address: string; divisionCode: string }
  serviceWindow: ServiceWindow
}
