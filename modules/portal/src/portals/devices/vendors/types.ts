/** The vendor API's console shapes (docs/api/vendor-api.md): vendor accounts and keys (platform), the catalogue and authorisations (operators). */

export type VendorStatus = 'ACTIVE' | 'SUSPENDED'
export type KeyStatus = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'REVOKED'

export interface Vendor {
  code: string
  name: string
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  status: VendorStatus
  statusReason?: string | null
  statusChangedAt?: string | null
  activeKeys: number
  authorizedOrganizations: number
  createdAt: string
  updatedAt?: string | null
  version: number
}

export interface VendorInput {
  code: string
  name: string
  contactName?: string
  contactPhone?: string
  contactEmail?: string
}

export interface VendorKey {
  keyId: string
  status: KeyStatus
  createdAt: string
  createdBy?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
  revokedBy?: string | null
  revokeReason?: string | null
  lastUsedAt?: string | null
}

/** POST …/keys: the secret, shown once. */
export interface IssuedKey {
  keyId: string
  secret: string
  key: VendorKey
  rotated: string[]
}

export interface Authorisation {
  vendorCode: string
  vendorName: string
  organizationCode: string
  organizationName: string
  authorized: boolean
  authorizedAt?: string | null
  authorizedBy?: string | null
  withdrawnAt?: string | null
  withdrawnBy?: string | null
}

export interface CatalogueEntry {
  code: string
  name: string
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  status: VendorStatus
  authorized: boolean
  authorizedAt?: string | null
  authorizedBy?: string | null
  withdrawnAt?: string | null
  withdrawnBy?: string | null
  devices: number
}

export interface AuthorisationLogEntry {
  id: number
  vendorCode: string
  action: 'AUTHORIZED' | 'WITHDRAWN'
  actor: string
  at: string
  note?: string | null
}
