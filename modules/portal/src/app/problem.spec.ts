import { describe, expect, it } from 'vitest'
import { ApiError, fieldErrors, unplacedErrors, type Problem } from './problem'

const validation: Problem = {
  title: '请求参数有误',
  status: 400,
  code: 'validation',
  errors: [
    { field: 'admin.password', message: '密码长度须为 8 到 64 位' },
    { field: 'divisionCodes[1]', message: '行政区划代码须为 6 位数字' },
    { field: 'branding.primaryColor', message: '颜色须为 #RRGGBB 格式' },
    { field: 'admin.password', message: '密码须同时包含字母和数字' },
    { field: 'contactEmail', message: '格式不正确' },
  ],
}

describe('problem documents on forms', () => {
  it('keys field messages by the API field path, joining several for one field', () => {
    expect(fieldErrors(validation)).toEqual({
      'admin.password': '密码长度须为 8 到 64 位；密码须同时包含字母和数字',
      'divisionCodes[1]': '行政区划代码须为 6 位数字',
      'branding.primaryColor': '颜色须为 #RRGGBB 格式',
      contactEmail: '格式不正确',
    })
    expect(fieldErrors(null)).toEqual({})
  })

  it('lists the messages of fields the form does not show', () => {
    expect(unplacedErrors(validation, ['admin.password', 'divisionCodes[1]', 'branding.primaryColor'])).toEqual([
      { field: 'contactEmail', message: '格式不正确' },
    ])
  })

  it('an ApiError carries the problem and the language it was answered in', () => {
    const e = new ApiError({ title: 'Wrong username or password', status: 401, code: 'invalid-credentials' }, 'en')
    expect(e.status).toBe(401)
    expect(e.code).toBe('invalid-credentials')
    expect(e.language).toBe('en')
    expect(e.message).toBe('Wrong username or password')
  })
})
