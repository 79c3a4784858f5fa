/**
 * Shiro wildcard permissions, as the server checks them (org.apache.shiro.authz.permission.WildcardPermission):
 * parts separated by ':', alternatives by ','; '*' matches anything; a held permission with fewer parts implies
 * every longer one ("user" and "user:*" imply "user:create"); comparison ignores case.
 */

type Parts = string[][]

function parse(permission: string): Parts | null {
  const text = permission.trim().toLowerCase()
  if (!text) return null
  const parts = text.split(':').map((part) => part.split(',').map((s) => s.trim()).filter((s) => s.length > 0))
  return parts.some((p) => p.length === 0) ? null : parts
}

/** Whether a held permission implies the wanted one. */
export function implies(held: string, wanted: string): boolean {
  const h = parse(held)
  const w = parse(wanted)
  if (!h || !w) return false
  let i = 0
  for (const wantedPart of w) {
    if (i >= h.length) return true
    const heldPart = h[i]
    if (!heldPart.includes('*') && !wantedPart.every((x) => heldPart.includes(x))) return false
    i++
  }
  for (; i < h.length; i++) {
    if (!h[i].includes('*')) return false
  }
  return true
}

/** Whether any of the held permissions implies `wanted`. */
export function isPermitted(held: readonly string[], wanted: string): boolean {
  return held.some((p) => implies(p, wanted))
}

/** Whether the held permissions imply every one wanted (none wanted means yes). */
export function isPermittedAll(held: readonly string[], wanted: string | readonly string[] | undefined): boolean {
  if (wanted === undefined) return true
  const list = typeof wanted === 'string' ? [wanted] : wanted
  return list.every((w) => isPermitted(held, w))
}
