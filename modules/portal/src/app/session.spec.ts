import { describe, expect, it } from 'vitest'
import { readStoredSession, sessionStorageKey } from './session'

const user = {
  id: 1,
  username: 'admin',
  displayName: '管理员',
  audience: 'OPERATOR' as const,
  organization: { code: 'acme', kind: 'OPERATOR' as const, name: '阿克米安居' },
  roles: ['org_admin'],
  permissions: ['user:*'],
}

function storage(values: Record<string, string>) {
  return { getItem: (k: string) => values[k] ?? null }
}

describe('stored sessions, one per organization', () => {
  const now = Date.parse('2026-11-22T00:00:00Z')

  it('reads the session of this organization while its token has not expired', () => {
    const s = { token: 't', expiresAt: '2026-11-22T08:00:00Z', user }
    const st = storage({ [sessionStorageKey('acme')]: JSON.stringify(s) })
    expect(readStoredSession(st, 'acme', now)).toEqual(s)
    expect(readStoredSession(st, 'demo', now)).toBeNull()
  })

  it('drops expired, incomplete or corrupt entries', () => {
    expect(readStoredSession(storage({ 'anju.session.acme': JSON.stringify({ token: 't', expiresAt: '2026-11-21T23:59:59Z', user }) }), 'acme', now)).toBeNull()
    expect(readStoredSession(storage({ 'anju.session.acme': JSON.stringify({ token: 't', user }) }), 'acme', now)).toBeNull()
    expect(readStoredSession(storage({ 'anju.session.acme': '{not json' }), 'acme', now)).toBeNull()
  })
})
