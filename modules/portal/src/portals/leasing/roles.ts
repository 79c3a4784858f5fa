/**
 * The organization's roles (GET /roles, perm role:read) for approval steps: codes to names, and the list the lease
 * type editor offers. Users without role:read see the built-in names (leasing.roles.*) or the codes.
 */
import { shallowRef } from 'vue'
import { useSession } from '@/app/session'
import type { Role } from '@/app/types'
import { rolesApi } from '@/portals/staff-admin/api'

export function useRoles() {
  const session = useSession()
  const roles = shallowRef<Role[]>([])
  const names = shallowRef<ReadonlyMap<string, string>>(new Map())
  const available = shallowRef(false)

  async function load(): Promise<void> {
    if (!session.can('role:read')) return
    try {
      roles.value = await rolesApi.list()
      names.value = new Map(roles.value.map((r) => [r.code, r.name]))
      available.value = true
    } catch {
      available.value = false
    }
  }

  return { roles, names, available, load }
}
