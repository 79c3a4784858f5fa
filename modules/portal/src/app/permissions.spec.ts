import { describe, expect, it } from 'vitest'
import { implies, isPermitted, isPermittedAll } from './permissions'

describe('Shiro wildcard permissions', () => {
  it('a part wildcard implies every action of the domain', () => {
    expect(implies('user:*', 'user:create')).toBe(true)
    expect(implies('user:*', 'user:reset-password')).toBe(true)
    expect(implies('user:*', 'role:read')).toBe(false)
  })

  it('a shorter permission implies longer ones (missing parts are wildcards)', () => {
    expect(implies('platform:*', 'platform:organization:read')).toBe(true)
    expect(implies('platform', 'platform:organization:suspend')).toBe(true)
    expect(implies('user', 'user:create')).toBe(true)
  })

  it('a longer permission does not imply a shorter one unless its extra parts are wildcards', () => {
    expect(implies('user:create', 'user')).toBe(false)
    expect(implies('user:*:*', 'user')).toBe(true)
    expect(implies('platform:organization:read', 'platform:organization')).toBe(false)
  })

  it('exact and listed alternatives', () => {
    expect(implies('role:read', 'role:read')).toBe(true)
    expect(implies('role:read', 'role:write')).toBe(false)
    expect(implies('user:read,create', 'user:create')).toBe(true)
    expect(implies('user:read,create', 'user:disable')).toBe(false)
    expect(implies('user:read,create', 'user:read,create')).toBe(true)
    expect(implies('user:read', 'user:read,create')).toBe(false)
  })

  it('the global wildcard implies everything; comparison ignores case', () => {
    expect(implies('*', 'platform:organization:migrate')).toBe(true)
    expect(implies('User:Create', 'user:create')).toBe(true)
  })

  it('blank or malformed permissions imply nothing', () => {
    expect(implies('', 'user:read')).toBe(false)
    expect(implies('user::read', 'user:read')).toBe(false)
    expect(implies('user:read', '')).toBe(false)
  })

  it('checks a held set, all of several wanted, and nothing wanted', () => {
    const held = ['organization:read', 'role:*', 'user:*']
    expect(isPermitted(held, 'role:write')).toBe(true)
    expect(isPermitted(held, 'platform:organization:read')).toBe(false)
    expect(isPermittedAll(held, ['user:read', 'role:read'])).toBe(true)
    expect(isPermittedAll(held, ['user:read', 'resident:portal'])).toBe(false)
    expect(isPermittedAll(held, undefined)).toBe(true)
    expect(isPermittedAll([], 'user:read')).toBe(false)
  })
})
