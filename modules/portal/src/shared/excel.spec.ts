import { describe, expect, it } from 'vitest'
import type { Page } from '@/app/types'
import { collectAllPages, exportFileName, toSheetRows } from './excel'

function source(total: number) {
  const rows = Array.from({ length: total }, (_, i) => ({ id: i + 1 }))
  const calls: [number, number][] = []
  const fetchPage = async (page: number, size: number): Promise<Page<{ id: number }>> => {
    calls.push([page, size])
    return { items: rows.slice((page - 1) * size, page * size), total, page, size }
  }
  return { fetchPage, calls }
}

describe('export of all rows matching a filter', () => {
  it('fetches every page in order and reports progress', async () => {
    const { fetchPage, calls } = source(250)
    const progress: string[] = []
    const rows = await collectAllPages(fetchPage, { pageSize: 100, onProgress: (p) => progress.push(`${p.done}/${p.total}`) })
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1))
    expect(calls).toEqual([[1, 100], [2, 100], [3, 100]])
    expect(progress).toEqual(['100/250', '200/250', '250/250'])
  })

  it('stops on an empty list and at the row limit', async () => {
    const empty = source(0)
    expect(await collectAllPages(empty.fetchPage)).toEqual([])
    expect(empty.calls).toHaveLength(1)
    const many = source(1000)
    expect(await collectAllPages(many.fetchPage, { pageSize: 100, maxRows: 250 })).toHaveLength(250)
    expect(many.calls).toHaveLength(3)
  })

  it('can be cancelled', async () => {
    const { fetchPage } = source(500)
    const controller = new AbortController()
    const run = collectAllPages(fetchPage, {
      pageSize: 100,
      signal: controller.signal,
      onProgress: (p) => p.done >= 200 && controller.abort(),
    })
    await expect(run).rejects.toThrow(/cancelled/)
  })

  it('lays out the header row and the values of each column', () => {
    const rows = toSheetRows([{ code: 'acme', n: 2 }, { code: 'demo', n: undefined }], [
      { header: '单位编码', value: (r) => r.code },
      { header: '数量', value: (r) => r.n },
    ])
    expect(rows).toEqual([['单位编码', '数量'], ['acme', 2], ['demo', null]])
  })

  it('names the file with the date and without characters Windows refuses', () => {
    expect(exportFileName('单位列表', '2026-11-22')).toBe('单位列表-2026-11-22.xlsx')
    expect(exportFileName('a/b:c', '2026-01-01')).toBe('a_b_c-2026-01-01.xlsx')
  })
})
