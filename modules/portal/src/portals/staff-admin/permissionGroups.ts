/** The role editor's grouped checkboxes, from GET /permissions, with wildcard grants shown as what they imply. */
import { implies } from '@/app/permissions'
import type { PermissionInfo } from '@/app/types'

export interface PermissionGroup {
  group: string
  items: PermissionInfo[]
}

/** Groups in first-seen order, items in the catalogue's order. */
export function groupPermissions(catalogue: readonly PermissionInfo[]): PermissionGroup[] {
  const groups = new Map<string, PermissionInfo[]>()
  for (const p of catalogue) {
    if (!groups.has(p.group)) groups.set(p.group, [])
    groups.get(p.group)!.push(p)
  }
  return [...groups.entries()].map(([group, items]) => ({ group, items }))
}

/** The catalogue entries a role's permissions grant (so `user:*` ticks every user permission). */
export function grantedEntries(rolePermissions: readonly string[], catalogue: readonly PermissionInfo[]): string[] {
  return catalogue.filter((c) => rolePermissions.some((p) => implies(p, c.permission))).map((c) => c.permission)
}

/** Labels for a role's permissions: the catalogue's label where one matches exactly, else the permission itself. */
export function permissionLabels(rolePermissions: readonly string[], catalogue: readonly PermissionInfo[]): string[] {
  return rolePermissions.map((p) => catalogue.find((c) => c.permission === p)?.label ?? p)
}
