/**
 * The status board's arithmetic: rooms in natural order (2 before 10, 1-2 before 1-10), floors from top to bottom,
 * the accessible text of a cell, and the grid's column count. The server already sorts; these keep the board right
 * whatever it sends, and are what the Vitest tests pin down.
 */
import type { BoardBuilding, BoardRow, BoardUnit, CellDeviceState, StatusBoard } from './types'
import { normalizeCounts } from './status'

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

/** Natural order of room numbers: `2` < `10`, `1-2` < `1-10`, `A101` < `A1001`. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b)
}

/** Floors from the top down (basements, negative, last); rooms of a floor in natural order. */
export function sortRows(rows: readonly BoardRow[]): BoardRow[] {
  return [...rows]
    .sort((a, b) => b.floor - a.floor)
    .map((r) => ({ floor: r.floor, units: [...r.units].sort((x, y) => naturalCompare(x.roomNumber, y.roomNumber)) }))
}

/** The board with every building's rows sorted and counts complete. */
export function normalizeBoard(board: StatusBoard): StatusBoard {
  return {
    ...board,
    counts: normalizeCounts(board.counts),
    layouts: [...(board.layouts ?? [])],
    buildings: (board.buildings ?? []).map((b) => ({ ...b, counts: normalizeCounts(b.counts), rows: sortRows(b.rows ?? []) })),
  }
}

/** Floor label: `12F`, basements `B1` (floor -1). */
export function floorLabel(floor: number): string {
  return floor < 0 ? `B${-floor}` : `${floor}F`
}

/** The most rooms on any floor of a building (the grid's width in cells). */
export function maxRoomsPerFloor(building: Pick<BoardBuilding, 'rows'>): number {
  return building.rows.reduce((m, r) => Math.max(m, r.units.length), 0)
}

/** Units shown on a board (after its filters). */
export function cellCount(board: Pick<StatusBoard, 'buildings'>): number {
  return board.buildings.reduce((n, b) => n + b.rows.reduce((m, r) => m + r.units.length, 0), 0)
}

/**
 * The text a screen reader reads for a cell (and its tooltip): building, room, status, layout, area, and occupant,
 * lease end and device state when there are some. `labels` gives the localized pieces.
 */
export function cellText(
  unit: BoardUnit,
  building: string,
  labels: {
    status: string
    area: string
    occupant?: (name: string) => string
    leaseEnd?: (date: string) => string
    device?: (state: CellDeviceState) => string
  },
): string {
  const parts = [`${building} ${unit.roomNumber}`, labels.status, unit.layout, labels.area]
  if (unit.occupant && labels.occupant) parts.push(labels.occupant(unit.occupant))
  if (unit.leaseEnd && labels.leaseEnd) parts.push(labels.leaseEnd(unit.leaseEnd))
  if (unit.deviceState && labels.device) parts.push(labels.device(unit.deviceState))
  return parts.filter(Boolean).join('，')
}

/** Percent of units occupied (for the board summary), 0 when there are none. */
export function occupancyPercent(counts: { OCCUPIED: number }, total: number): number {
  return total > 0 ? Math.round((counts.OCCUPIED / total) * 1000) / 10 : 0
}
