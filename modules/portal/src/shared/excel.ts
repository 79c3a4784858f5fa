/**
 * Excel export of a list: every row matching the current filter, fetched page by page from the API (progress
 * reported after each page, cancellable), written with exceljs (loaded only when someone exports).
 */
import type { Page } from '@/app/types'

export interface ExcelColumn<T> {
  /** Localized header text. */
  header: string
  value: (row: T) => string | number | Date | null | undefined
  width?: number
}

export interface ExportProgress {
  done: number
  total: number
}

/**
 * Fetches all pages: page 1 tells the total, the rest follow in order. Stops at `maxRows` (a safety net for
 * browsers) and when `signal` is aborted.
 */
export async function collectAllPages<T>(
  fetchPage: (page: number, size: number) => Promise<Page<T>>,
  options: { pageSize?: number; maxRows?: number; onProgress?: (p: ExportProgress) => void; signal?: AbortSignal } = {},
): Promise<T[]> {
  const size = options.pageSize ?? 100
  const maxRows = options.maxRows ?? 50_000
  const rows: T[] = []
  let page = 1
  let total = Infinity
  while (rows.length < Math.min(total, maxRows)) {
    if (options.signal?.aborted) throw new DOMException('export cancelled', 'AbortError')
    const result = await fetchPage(page, size)
    total = result.total
    rows.push(...result.items)
    options.onProgress?.({ done: Math.min(rows.length, total), total })
    if (result.items.length === 0 || result.items.length < size) break
    page++
  }
  return rows.slice(0, maxRows)
}

/** The table as an array of arrays: header row first. */
export function toSheetRows<T>(rows: readonly T[], columns: readonly ExcelColumn<T>[]): (string | number | Date | null)[][] {
  return [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r) ?? null))]
}

/** A file name with the date: `单位列表-2026-11-22.xlsx`. Characters Windows refuses are replaced. */
export function exportFileName(base: string, date: string): string {
  return `${base.replace(/[\\/:*?"<>|]/g, '_')}-${date}.xlsx`
}

export async function writeWorkbook<T>(
  sheetName: string,
  rows: readonly T[],
  columns: readonly ExcelColumn<T>[],
): Promise<Blob> {
  const mod = await import('exceljs')
  const ExcelJS = ((mod as unknown as { default?: typeof mod }).default ?? mod) as typeof import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Anju'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ width: c.width ?? 18 }))
  for (const row of toSheetRows(rows, columns)) sheet.addRow(row)
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
