/**
 * The Excel sheets of the devices lists: the registry (设备台账) and access records (出入记录), headers in the UI
 * language, enums in words, times in Beijing. `toSheetRows` of shared/excel turns them into the workbook's rows.
 */
import { i18n } from '@/app/i18n'
import type { ExcelColumn } from '@/shared/excel'
import { formatDate, formatDateTime } from '@/shared/format'
import { deviceLabel, deviceStateText } from './labels'
import type { AccessRecord, Device } from './types'

export function deviceColumns(): ExcelColumn<Device>[] {
  const { t } = i18n.global
  return [
    { header: t('devices.device.deviceId'), value: (d) => d.deviceId, width: 24 },
    { header: t('devices.device.kind'), value: (d) => deviceLabel('kind', d.kind), width: 12 },
    { header: t('devices.device.serial'), value: (d) => d.serial, width: 20 },
    { header: t('devices.device.vendor'), value: (d) => d.vendorCode ?? '', width: 14 },
    { header: t('devices.device.model'), value: (d) => d.model ?? '', width: 14 },
    { header: t('devices.device.location'), value: (d) => d.location ?? '', width: 30 },
    { header: t('devices.device.registration'), value: (d) => deviceLabel('registration', d.registration), width: 10 },
    { header: t('devices.device.state'), value: (d) => deviceStateText(d), width: 26 },
    { header: t('devices.device.lastSeenAt'), value: (d) => formatDateTime(d.lastSeenAt), width: 18 },
    { header: t('devices.device.battery'), value: (d) => d.battery ?? null, width: 8 },
    { header: t('devices.device.certificate'), value: (d) => d.certificate ?? '', width: 20 },
    { header: t('devices.device.certificateValidUntil'), value: (d) => formatDate(d.certificateValidUntil), width: 14 },
    { header: t('devices.device.registeredBy'), value: (d) => d.registeredBy ?? '', width: 14 },
    { header: t('devices.device.createdAt'), value: (d) => formatDateTime(d.createdAt), width: 18 },
  ]
}

export function accessColumns(): ExcelColumn<AccessRecord>[] {
  const { t } = i18n.global
  return [
    { header: t('devices.access.occurredAt'), value: (r) => formatDateTime(r.occurredAt, true), width: 20 },
    { header: t('devices.access.unit'), value: (r) => r.unitLabel ?? '', width: 28 },
    { header: t('devices.access.credentialKind'), value: (r) => deviceLabel('accessKind', r.credentialKind), width: 12 },
    { header: t('devices.access.method'), value: (r) => deviceLabel('method', r.method), width: 10 },
    { header: t('devices.access.holder'), value: (r) => r.holder ?? '', width: 14 },
    { header: t('devices.access.credentialId'), value: (r) => r.credentialId ?? '', width: 24 },
    { header: t('devices.access.deviceId'), value: (r) => r.deviceId, width: 24 },
    { header: t('devices.access.receivedAt'), value: (r) => formatDateTime(r.receivedAt, true), width: 20 },
  ]
}
