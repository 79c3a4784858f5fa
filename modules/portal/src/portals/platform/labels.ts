/** Tag colours for organization and migration states (their texts are in the i18n catalogue). */
import type { MigrationStatus, OrganizationStatus } from '@/app/types'

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export function statusTagType(status: OrganizationStatus): TagType {
  return status === 'ACTIVE' ? 'success' : status === 'SUSPENDED' ? 'danger' : 'warning'
}

export function migrationTagType(status: MigrationStatus): TagType {
  return status === 'CURRENT' ? 'success' : status === 'FAILED' ? 'danger' : 'warning'
}
