/**
 * Allocation import (配租, R6.2a1): the template's columns, and the server's row errors turned into the table staff
 * read (row, column by its name in the template, message), in file order. Errors arrive in the answer of a dry run
 * or in the 400 `allocation-rejected` problem, by field name (`idNumber`), column header (`证件号码`) or JSON path
 * (`rows[2].idNumber`).
 */
import { i18n } from '@/app/i18n'
import type { Problem } from '@/app/problem'
import type { AllocationError, AllocationResult } from './types'

/** The template's columns in order, by the JSON field each one fills; `*` columns are required. */
export const ALLOCATION_FIELDS = [
  'householdNumber',
  'applicantName',
  'idType',
  'idNumber',
  'phone',
  'eligibilityCategory',
  'projectName',
  'buildingName',
  'roomNumber',
  'rentCategory',
  'monthlyRent',
  'deposit',
  'startDate',
  'leaseTypeCode',
] as const
export type AllocationField = (typeof ALLOCATION_FIELDS)[number]

/** The template's Chinese headers (the server's names for the columns), field by field. */
export const ALLOCATION_HEADERS: Readonly<Record<AllocationField, string>> = {
  householdNumber: '家庭编号',
  applicantName: '申请人姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '手机号',
  eligibilityCategory: '保障类别',
  projectName: '项目名称',
  buildingName: '楼栋',
  roomNumber: '房号',
  rentCategory: '租金类别',
  monthlyRent: '月租金',
  deposit: '押金',
  startDate: '起租日期',
  leaseTypeCode: '合同类型',
}

export interface ErrorRow {
  /** Row number as the server gives it (spreadsheet row; 0 when the error is about the whole file). */
  row: number
  /** The template column it concerns, when known. */
  field: AllocationField | null
  /** The column's name in the UI language, or the server's field text when it is not a template column. */
  column: string
  message: string
}

function fieldOf(raw: string): { field: AllocationField | null; index: number | null } {
  const text = (raw ?? '').trim()
  const path = /^(?:rows)?\[(\d+)\]\.?(.*)$/.exec(text) ?? /^rows\.(\d+)\.(.*)$/.exec(text)
  const index = path ? Number(path[1]) : null
  const name = (path ? path[2] : text).replace(/\*$/, '').trim()
  if ((ALLOCATION_FIELDS as readonly string[]).includes(name)) return { field: name as AllocationField, index }
  const byHeader = (Object.keys(ALLOCATION_HEADERS) as AllocationField[]).find((f) => ALLOCATION_HEADERS[f] === name)
  return { field: byHeader ?? null, index }
}

export function columnLabel(field: AllocationField): string {
  return i18n.global.t(`leasing.allocation.columns.${field}`)
}

/**
 * Error rows for the table, sorted by row, then by the column's position in the template. A JSON path without a row
 * number (`rows[2].phone`) counts rows from 1.
 */
export function errorRows(errors: readonly Partial<AllocationError>[] | null | undefined): ErrorRow[] {
  const out = (errors ?? []).map((e) => {
    const { field, index } = fieldOf(String(e.field ?? ''))
    const row = typeof e.row === 'number' && Number.isFinite(e.row) ? e.row : index !== null ? index + 1 : 0
    return { row, field, column: field ? columnLabel(field) : String(e.field ?? ''), message: String(e.message ?? '') }
  })
  const pos = (f: AllocationField | null) => (f ? ALLOCATION_FIELDS.indexOf(f) : ALLOCATION_FIELDS.length)
  return out.sort((a, b) => a.row - b.row || pos(a.field) - pos(b.field))
}

/** The errors of a refused import (400 `allocation-rejected`): its `errors` list, which carries row numbers. */
export function errorsOfProblem(problem: Problem | null | undefined): Partial<AllocationError>[] {
  if (!problem || !Array.isArray(problem.errors)) return []
  return problem.errors as unknown as Partial<AllocationError>[]
}

/** Distinct rows with at least one error. */
export function badRowCount(rows: readonly ErrorRow[]): number {
  return new Set(rows.map((r) => r.row)).size
}

/** A dry run with no error and at least one row may be committed. */
export function canCommit(result: AllocationResult | null | undefined): boolean {
  return !!result && result.dryRun && result.errors.length === 0 && result.rows > 0
}
