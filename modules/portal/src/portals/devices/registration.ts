/**
 * The registration form (备案登记) as the API wants it: a device id fit for MQTT topics, texts trimmed (blanks left
 * out), and exactly one place — a unit, a building (with its project) or a project; a smart lock always in a unit.
 */
import type { Device, DeviceInput, DeviceKind } from './types'

/** Protocol 1.1 / DeviceCommands.DEVICE_ID: the device id travels in MQTT topics. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/

export type PlaceKind = 'unit' | 'building' | 'project'

export interface DeviceForm {
  deviceId: string
  kind: DeviceKind | ''
  vendorCode: string
  model: string
  serial: string
  certificate: string
  certificateValidUntil: string
  place: PlaceKind
  projectId: string
  buildingId: string
  unitId: string
}

export function emptyDeviceForm(): DeviceForm {
  return {
    deviceId: '',
    kind: 'SMART_LOCK',
    vendorCode: '',
    model: '',
    serial: '',
    certificate: '',
    certificateValidUntil: '',
    place: 'unit',
    projectId: '',
    buildingId: '',
    unitId: '',
  }
}

/** A smart lock guards a door: it is always installed in a unit. */
export function placesFor(kind: DeviceKind | ''): PlaceKind[] {
  return kind === 'SMART_LOCK' ? ['unit'] : ['unit', 'building', 'project']
}

/** The form of an existing device (to edit it). */
export function formOf(d: Device): DeviceForm {
  const place: PlaceKind = d.unitId ? 'unit' : d.buildingId ? 'building' : 'project'
  return {
    deviceId: d.deviceId,
    kind: d.kind,
    vendorCode: d.vendorCode ?? '',
    model: d.model ?? '',
    serial: d.serial,
    certificate: d.certificate ?? '',
    certificateValidUntil: d.certificateValidUntil ?? '',
    place,
    projectId: d.projectId ? String(d.projectId) : '',
    buildingId: d.buildingId ? String(d.buildingId) : '',
    unitId: d.unitId ? String(d.unitId) : '',
  }
}

function id(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : undefined
}

function opt(value: string): string | undefined {
  const s = value.trim()
  return s === '' ? undefined : s
}

/** The POST/PUT body: only the chosen place's ids (a lock always by its unit). */
export function toDeviceInput(f: DeviceForm): DeviceInput {
  const place = f.kind === 'SMART_LOCK' ? 'unit' : f.place
  return {
    deviceId: f.deviceId.trim(),
    kind: f.kind as DeviceKind,
    vendorCode: opt(f.vendorCode),
    model: opt(f.model),
    serial: f.serial.trim(),
    certificate: opt(f.certificate),
    certificateValidUntil: opt(f.certificateValidUntil),
    unitId: place === 'unit' ? id(f.unitId) : undefined,
    buildingId: place === 'building' ? id(f.buildingId) : undefined,
    projectId: place === 'building' || place === 'project' ? id(f.projectId) : undefined,
  }
}

/** Whether the form names its place (the field to blame otherwise). */
export function missingPlace(f: DeviceForm): 'unitId' | 'buildingId' | 'projectId' | null {
  const place = f.kind === 'SMART_LOCK' ? 'unit' : f.place
  if (place === 'unit') return id(f.unitId) ? null : 'unitId'
  if (!id(f.projectId)) return 'projectId'
  if (place === 'building' && !id(f.buildingId)) return 'buildingId'
  return null
}
