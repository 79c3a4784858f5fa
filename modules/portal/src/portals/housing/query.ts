/**
 * Filters as the URL keeps them (strings) turned into API query parameters: ids and areas as numbers, blanks and
 * nonsense left out, an area range given the wrong way round put right.
 */
import type { Query } from '@/app/api'
import { UNIT_STATUSES } from './status'

/** The unit list's filter as it lives in the URL. */
export interface UnitFilter {
  [key: string]: string
  q: string
  projectId: string
  buildingId: string
  status: string
  layout: string
  minArea: string
  maxArea: string
}

export const EMPTY_UNIT_FILTER: UnitFilter = { q: '', projectId: '', buildingId: '', status: '', layout: '', minArea: '', maxArea: '' }

/** The status board's filter (the project is chosen separately). */
export interface BoardFilter {
  buildingId: string
  status: string
  layout: string
  minArea: string
  maxArea: string
}

/** A positive whole number (an id), else undefined. */
export function idParam(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined
  const s = String(value).trim()
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 && Number.isSafeInteger(n) ? n : undefined
}

/** A non-negative area in ㎡ with at most 2 decimals kept, else undefined. */
export function areaParam(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || String(value).trim() === '') return undefined
  const n = Number(String(value).trim())
  if (!Number.isFinite(n) || n < 0) return undefined
  return Math.round(n * 100) / 100
}

/** min and max area; when both are given and min > max they are swapped (what the user meant). */
export function areaRange(min: string | number | null | undefined, max: string | number | null | undefined): { minArea?: number; maxArea?: number } {
  let lo = areaParam(min)
  let hi = areaParam(max)
  if (lo !== undefined && hi !== undefined && lo > hi) [lo, hi] = [hi, lo]
  return { minArea: lo, maxArea: hi }
}

export function statusParam(value: string | null | undefined): string | undefined {
  return value && (UNIT_STATUSES as readonly string[]).includes(value) ? value : undefined
}

function text(value: string | null | undefined): string | undefined {
  const s = (value ?? '').trim()
  return s === '' ? undefined : s
}

/** GET /units query for a list filter and page. */
export function unitListQuery(filter: Partial<UnitFilter>, page?: number, size?: number): Query {
  return {
    q: text(filter.q),
    projectId: idParam(filter.projectId),
    buildingId: idParam(filter.buildingId),
    status: statusParam(filter.status),
    layout: text(filter.layout),
    ...areaRange(filter.minArea, filter.maxArea),
    page,
    size,
  }
}

/** GET /projects/{id}/status-board query; `all` or blank building means every building. */
export function boardQuery(filter: Partial<BoardFilter>): Query {
  return {
    buildingId: idParam(filter.buildingId),
    status: statusParam(filter.status),
    layout: text(filter.layout),
    ...areaRange(filter.minArea, filter.maxArea),
  }
}

/** The first value of a route query entry as a string ('' when absent). */
export function queryString(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}
