import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import { ApiError } from '@/app/problem'
import { ALLOCATION_FIELDS, ALLOCATION_HEADERS, badRowCount, canCommit, columnLabel, errorRows, errorsOfProblem } from './allocation'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('allocation import: the template and the error report', () => {
  it("names the template's 14 columns as the server's template does", () => {
    expect(ALLOCATION_FIELDS.map((f) => ALLOCATION_HEADERS[f])).toEqual([
      '家庭编号',
      '申请人姓名',
      '证件类型',
      '证件号码',
      '手机号',
      '保障类别',
      '项目名称',
      '楼栋',
      '房号',
      '租金类别',
      '月租金',
      '押金',
      '起租日期',
      '合同类型',
    ])
    // The UI's column names are the template's headers in Chinese.
    expect(ALLOCATION_FIELDS.every((f) => columnLabel(f) === ALLOCATION_HEADERS[f])).toBe(true)
  })

  it('shows errors by row, then in column order, whichever way the server names the column', () => {
    const rows = errorRows([
      { row: 4, field: 'monthlyRent', message: '月租金须为不小于 0 的数字' },
      { row: 3, field: '房号*', message: '找不到该房源' },
      { row: 3, field: 'idNumber', message: '身份证号码校验位不正确' },
      { field: 'rows[0].phone', message: '请输入 11 位手机号码' },
      { row: 0, field: 'file', message: '文件为空' },
    ])
    expect(rows.map((r) => [r.row, r.column, r.message])).toEqual([
      [0, 'file', '文件为空'],
      [1, '手机号', '请输入 11 位手机号码'],
      [3, '证件号码', '身份证号码校验位不正确'],
      [3, '房号', '找不到该房源'],
      [4, '月租金', '月租金须为不小于 0 的数字'],
    ])
    expect(rows[2].field).toBe('idNumber')
    expect(badRowCount(rows)).toBe(4)
  })

  it('names the columns in English after a language switch', () => {
    i18n.global.locale.value = 'en'
    expect(errorRows([{ row: 2, field: '证件号码', message: 'bad' }])[0].column).toBe('ID number')
  })

  it('reads the rows of a refused import (400 allocation-rejected)', () => {
    const refused = new ApiError(
      {
        type: 'urn:anju:problem:allocation-rejected',
        title: '配租结果有误',
        status: 400,
        code: 'allocation-rejected',
        errors: [{ row: 2, field: 'roomNumber', message: '房源不是待分配状态' }] as never,
      },
      'zh-CN',
    )
    expect(errorRows(errorsOfProblem(refused.problem))).toEqual([{ row: 2, field: 'roomNumber', column: '房号', message: '房源不是待分配状态' }])
    expect(errorsOfProblem(null)).toEqual([])
  })

  it('commits only a clean dry run with rows in it', () => {
    expect(canCommit({ dryRun: true, rows: 3, created: [], errors: [] })).toBe(true)
    expect(canCommit({ dryRun: true, rows: 0, created: [], errors: [] })).toBe(false)
    expect(canCommit({ dryRun: true, rows: 3, created: [], errors: [{ row: 2, field: 'phone', message: 'x' }] })).toBe(false)
    expect(canCommit({ dryRun: false, rows: 3, created: [], errors: [] })).toBe(false)
    expect(canCommit(null)).toBe(false)
  })
})
