import { describe, expect, it } from 'vitest'
import type { PermissionInfo } from '@/app/types'
import { isLocked } from './api'
import { generatePassword, passwordProblems } from './passwords'
import { grantedEntries, groupPermissions, permissionLabels } from './permissionGroups'

const catalogue: PermissionInfo[] = [
  { permission: 'organization:read', group: 'organization', label: '查看本单位信息' },
  { permission: 'role:read', group: 'role', label: '查看角色' },
  { permission: 'role:write', group: 'role', label: '管理角色与权限' },
  { permission: 'user:create', group: 'user', label: '新建用户' },
  { permission: 'user:read', group: 'user', label: '查看用户' },
]

describe('role editor', () => {
  it('groups the permission catalogue in first-seen order', () => {
    expect(groupPermissions(catalogue).map((g) => [g.group, g.items.length])).toEqual([
      ['organization', 1],
      ['role', 2],
      ['user', 2],
    ])
  })

  it('ticks what a wildcard grant implies', () => {
    expect(grantedEntries(['user:*', 'organization:read'], catalogue)).toEqual(['organization:read', 'user:create', 'user:read'])
    expect(grantedEntries([], catalogue)).toEqual([])
  })

  it('labels exact grants and shows other grants as they are', () => {
    expect(permissionLabels(['role:read', 'user:*'], catalogue)).toEqual(['查看角色', 'user:*'])
  })
})

describe('passwords set by an administrator', () => {
  it('generated passwords meet the server policy', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassword()
      expect(p).toHaveLength(12)
      expect(passwordProblems(p)).toEqual([])
    }
  })

  it('reports what is wrong with a password', () => {
    expect(passwordProblems('short1')).toEqual(['length'])
    expect(passwordProblems('lettersonly')).toEqual(['mix'])
    expect(passwordProblems('Zhang2026', 'zhang2026')).toEqual(['username'])
  })
})

describe('account lock', () => {
  it('is locked only while lockedUntil lies ahead', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(isLocked({ lockedUntil: '2026-01-01T00:10:00Z' }, now)).toBe(true)
    expect(isLocked({ lockedUntil: '2025-12-31T23:50:00Z' }, now)).toBe(false)
    expect(isLocked({}, now)).toBe(false)
  })
})
