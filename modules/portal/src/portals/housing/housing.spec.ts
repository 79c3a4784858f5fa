import { afterEach, describe, expect, it } from 'vitest'
import '@/portals'
import { buildUrl, contentDispositionFileName } from '@/app/api'
import { contrastRatio } from '@/app/color'
import { i18n } from '@/app/i18n'
import { MAIN_SECTION, portalRegistry } from '@/app/registry'
import zhCN from '@/app/locales/zh-CN'
import en from '@/app/locales/en'
import { formatArea } from '@/shared/format'
import { cellCount, cellText, floorLabel, maxRoomsPerFloor, naturalCompare, normalizeBoard, occupancyPercent, sortRows } from './board'
import {
  checkImportFile,
  commitModes,
  defaultCommitMode,
  fileKind,
  formatBytes,
  importContentType,
  isFinished,
  jobPercent,
  MAX_IMPORT_BYTES,
  pageOf,
  pollDelay,
  validRows,
  wizardStep,
  XLSX_TYPE,
} from './importWizard'
import { auditFieldLabel, auditFieldValue } from './labels'
import { areaParam, areaRange, boardQuery, EMPTY_UNIT_FILTER, idParam, queryString, statusParam, unitListQuery } from './query'
import { phoneNumbers, telHref, textItems } from './public/serviceText'
import { cleanQualifications, isExpired, ratioValue, sortStaffing } from './staffing'
import {
  countEntries,
  emptyCounts,
  isUnitStatus,
  normalizeCounts,
  offeredStatuses,
  STATUS_COLORS,
  statusCssVariables,
  statusLabelKey,
  statusSlug,
  statusTagStyle,
  totalOf,
  TRANSITIONS,
  UNIT_STATUSES,
} from './status'
import type { BoardRow, CellDeviceState, ImportJob, StaffingRow, StatusBoard } from './types'

const WHITE = '#FFFFFF'

describe('unit status colours and labels', () => {
  it('has the four statuses of R6.1c in display order', () => {
    expect(UNIT_STATUSES).toEqual(['PENDING_ALLOCATION', 'OCCUPIED', 'UNDER_REPAIR', 'VACANT'])
    expect(UNIT_STATUSES.map((s) => zhCN.unitStatus[s])).toEqual(['待分配', '已入住', '维修中', '空置'])
    expect(UNIT_STATUSES.map((s) => en.unitStatus[s])).toEqual(['Pending allocation', 'Occupied', 'Under repair', 'Vacant'])
  })

  it('picks amber, green, red and grey, each fill different', () => {
    expect(STATUS_COLORS.PENDING_ALLOCATION.fill).toBe('#FCD34D')
    expect(STATUS_COLORS.OCCUPIED.fill).toBe('#86EFAC')
    expect(STATUS_COLORS.UNDER_REPAIR.fill).toBe('#FCA5A5')
    expect(STATUS_COLORS.VACANT.fill).toBe('#E5E7EB')
    expect(new Set(UNIT_STATUSES.map((s) => STATUS_COLORS[s].fill)).size).toBe(4)
    expect(new Set(UNIT_STATUSES.map((s) => STATUS_COLORS[s].border)).size).toBe(4)
  })

  it('keeps text readable on every fill (WCAG AA 4.5:1) and borders visible on white (3:1)', () => {
    for (const s of UNIT_STATUSES) {
      const c = STATUS_COLORS[s]
      expect(contrastRatio(c.text, c.fill), `${s} text`).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(c.border, WHITE), `${s} border`).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(c.border, c.fill), `${s} border on fill`).toBeGreaterThanOrEqual(1.8)
    }
  })

  it('exposes the colours as CSS variables and tag styles from the same table', () => {
    const vars = statusCssVariables()
    expect(vars['--unit-occupied-fill']).toBe(STATUS_COLORS.OCCUPIED.fill)
    expect(vars['--unit-repair-border']).toBe(STATUS_COLORS.UNDER_REPAIR.border)
    expect(Object.keys(vars)).toHaveLength(12)
    expect(statusTagStyle('VACANT')).toEqual({ backgroundColor: '#E5E7EB', borderColor: '#6B7280', color: '#111827' })
    expect(UNIT_STATUSES.map(statusSlug)).toEqual(['pending', 'occupied', 'repair', 'vacant'])
    expect(statusLabelKey('OCCUPIED')).toBe('unitStatus.OCCUPIED')
  })

  it('completes counts and lists them in order', () => {
    expect(normalizeCounts({ OCCUPIED: 3 })).toEqual({ PENDING_ALLOCATION: 0, OCCUPIED: 3, UNDER_REPAIR: 0, VACANT: 0 })
    expect(normalizeCounts(null)).toEqual(emptyCounts())
    expect(totalOf({ OCCUPIED: 3, VACANT: 2 })).toBe(5)
    expect(countEntries({ VACANT: 1, PENDING_ALLOCATION: 2 }).map((e) => `${e.status}:${e.count}`)).toEqual([
      'PENDING_ALLOCATION:2',
      'OCCUPIED:0',
      'UNDER_REPAIR:0',
      'VACANT:1',
    ])
  })

  it('offers only what the server allows, in display order, never the current status', () => {
    expect(offeredStatuses(['VACANT', 'UNDER_REPAIR'], 'OCCUPIED')).toEqual(['UNDER_REPAIR', 'VACANT'])
    expect(offeredStatuses(['OCCUPIED', 'BOGUS', 'VACANT'], 'VACANT')).toEqual(['OCCUPIED'])
    expect(offeredStatuses(undefined)).toEqual([])
    expect(isUnitStatus('VACANT')).toBe(true)
    expect(isUnitStatus('vacant')).toBe(false)
    // The contract's table: occupied units cannot go back to pending allocation; vacant ones cannot become occupied.
    expect(TRANSITIONS.OCCUPIED).not.toContain('PENDING_ALLOCATION')
    expect(TRANSITIONS.VACANT).not.toContain('OCCUPIED')
  })
})

describe('status board helpers', () => {
  const unit = (id: number, roomNumber: string, status: 'OCCUPIED' | 'VACANT' = 'VACANT') => ({ id, roomNumber, status, layout: '一室一厅', area: 40 })

  it('sorts room numbers naturally', () => {
    expect(['10', '2', '1'].sort(naturalCompare)).toEqual(['1', '2', '10'])
    expect(['1-10', '1-2', '1-1'].sort(naturalCompare)).toEqual(['1-1', '1-2', '1-10'])
    expect(['A1001', 'A101', 'A99'].sort(naturalCompare)).toEqual(['A99', 'A101', 'A1001'])
  })

  it('puts floors top to bottom, basements last, rooms in natural order', () => {
    const rows: BoardRow[] = [
      { floor: 1, units: [unit(1, '110'), unit(2, '102'), unit(3, '101')] },
      { floor: -1, units: [unit(4, 'B01')] },
      { floor: 12, units: [unit(5, '1202'), unit(6, '1201')] },
    ]
    const sorted = sortRows(rows)
    expect(sorted.map((r) => r.floor)).toEqual([12, 1, -1])
    expect(sorted[1].units.map((u) => u.roomNumber)).toEqual(['101', '102', '110'])
    expect(rows[0].units[0].roomNumber).toBe('110') // input untouched
    expect(sorted.map((r) => floorLabel(r.floor))).toEqual(['12F', '1F', 'B1'])
  })

  it('normalizes a board of 2,400 units: sorted rows, complete counts, cell count', () => {
    const floors = 30
    const perFloor = 20
    const buildings = [1, 2, 3, 4].map((b) => ({
      id: b,
      name: `${b}号楼`,
      floors,
      hasElevator: true,
      counts: { OCCUPIED: floors * perFloor } as StatusBoard['counts'],
      rows: Array.from({ length: floors }, (_, f) => ({
        floor: f + 1,
        units: Array.from({ length: perFloor }, (_, r) => unit(b * 10000 + f * 100 + r, `${f + 1}${String(perFloor - r).padStart(2, '0')}`, 'OCCUPIED')),
      })),
    }))
    const board = normalizeBoard({ project: { id: 1, name: 'x' }, counts: { OCCUPIED: 2400 } as StatusBoard['counts'], total: 2400, shown: 2400, layouts: ['一室一厅'], buildings })
    expect(cellCount(board)).toBe(2400)
    expect(board.buildings[0].rows[0].floor).toBe(30)
    expect(board.buildings[0].rows[0].units[0].roomNumber).toBe('3001')
    expect(board.buildings[0].counts).toEqual({ PENDING_ALLOCATION: 0, OCCUPIED: 600, UNDER_REPAIR: 0, VACANT: 0 })
    expect(maxRoomsPerFloor(board.buildings[0])).toBe(20)
    expect(occupancyPercent(board.counts, board.total)).toBe(100)
    expect(occupancyPercent({ OCCUPIED: 1 }, 3)).toBe(33.3)
    expect(occupancyPercent({ OCCUPIED: 0 }, 0)).toBe(0)
  })

  it('gives every cell a text with its status (never colour alone), plus occupant, lease end and devices when known', () => {
    const labels = { status: '已入住', area: formatArea(62.5), occupant: (n: string) => `住户 ${n}`, leaseEnd: (d: string) => `租期至 ${d}`, device: (s: CellDeviceState) => `门锁${s.state === 'ONLINE' ? '在线' : '离线'}` }
    expect(cellText({ id: 1, roomNumber: '1201', status: 'OCCUPIED', layout: '两室一厅', area: 62.5 }, '1号楼', labels)).toBe('1号楼 1201，已入住，两室一厅，62.50 ㎡')
    expect(
      cellText({ id: 1, roomNumber: '1201', status: 'OCCUPIED', layout: '两室一厅', area: 62.5, occupant: '张*', leaseEnd: '2027-05-31', deviceState: { state: 'ONLINE', battery: 87, locks: 1 } }, '1号楼', labels),
    ).toBe('1号楼 1201，已入住，两室一厅，62.50 ㎡，住户 张*，租期至 2027-05-31，门锁在线')
  })
})

describe('query building', () => {
  it('accepts positive whole ids only', () => {
    expect(idParam('12')).toBe(12)
    expect(idParam(' 7 ')).toBe(7)
    expect(idParam('0')).toBeUndefined()
    expect(idParam('-3')).toBeUndefined()
    expect(idParam('1.5')).toBeUndefined()
    expect(idParam('abc')).toBeUndefined()
    expect(idParam('')).toBeUndefined()
  })

  it('reads areas, and puts a reversed range right', () => {
    expect(areaParam('45.678')).toBe(45.68)
    expect(areaParam('-3')).toBeUndefined()
    expect(areaParam('x')).toBeUndefined()
    expect(areaRange('80', '40')).toEqual({ minArea: 40, maxArea: 80 })
    expect(areaRange('', '60')).toEqual({ minArea: undefined, maxArea: 60 })
    expect(statusParam('OCCUPIED')).toBe('OCCUPIED')
    expect(statusParam('occupied')).toBeUndefined()
    expect(queryString(['a', 'b'])).toBe('a')
    expect(queryString(undefined)).toBe('')
  })

  it('builds the unit list query without blanks', () => {
    const filter = { ...EMPTY_UNIT_FILTER, q: ' 1201 ', projectId: '3', status: 'VACANT', minArea: '30', maxArea: 'x' }
    expect(unitListQuery(filter, 2, 20)).toEqual({
      q: '1201',
      projectId: 3,
      buildingId: undefined,
      status: 'VACANT',
      layout: undefined,
      minArea: 30,
      maxArea: undefined,
      page: 2,
      size: 20,
    })
    expect(buildUrl('/units', unitListQuery(filter, 2, 20))).toBe('/api/v1/units?q=1201&projectId=3&status=VACANT&minArea=30&page=2&size=20')
  })

  it('builds the status board query (status filter, building or all)', () => {
    expect(buildUrl('/projects/1/status-board', boardQuery({ buildingId: '', status: 'UNDER_REPAIR', layout: '两室一厅', minArea: '', maxArea: '' }))).toBe(
      '/api/v1/projects/1/status-board?status=UNDER_REPAIR&layout=%E4%B8%A4%E5%AE%A4%E4%B8%80%E5%8E%85',
    )
    expect(boardQuery({ buildingId: '5', minArea: '60', maxArea: '50' })).toMatchObject({ buildingId: 5, minArea: 50, maxArea: 60 })
  })
})

describe('import wizard', () => {
  const job = (over: Partial<ImportJob>): ImportJob => ({
    id: 'j1',
    fileName: 'a.csv',
    mode: 'DRY_RUN',
    state: 'DONE',
    totalRows: 10,
    processedRows: 10,
    errorRows: 0,
    created: 10,
    updated: 0,
    unchanged: 0,
    errors: [],
    createdAt: '2026-05-01T00:00:00Z',
    ...over,
  })

  it('accepts xlsx and csv up to 60 MB', () => {
    expect(fileKind('房源.XLSX')).toBe('xlsx')
    expect(fileKind('units.csv')).toBe('csv')
    expect(fileKind('units.xls')).toBeNull()
    expect(checkImportFile({ name: 'a.xlsx', size: 1000 })).toBeNull()
    expect(checkImportFile({ name: 'a.xlsx', size: 0 })).toBe('empty')
    expect(checkImportFile(null)).toBe('empty')
    expect(checkImportFile({ name: 'a.pdf', size: 10 })).toBe('type')
    expect(checkImportFile({ name: 'a.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('size')
    expect(importContentType('a.xlsx')).toBe(XLSX_TYPE)
    expect(importContentType('a.csv')).toBe('text/csv')
    expect(importContentType('a.bin')).toBe('application/octet-stream')
  })

  it('tells progress and when a job is over', () => {
    expect(jobPercent(job({ state: 'RUNNING', totalRows: 200, processedRows: 50 }))).toBe(25)
    expect(jobPercent(job({ state: 'RUNNING', totalRows: undefined, processedRows: 50 }))).toBeNull()
    expect(jobPercent(job({ state: 'DONE', totalRows: 0, processedRows: 0 }))).toBe(100)
    expect(isFinished(job({ state: 'QUEUED' }))).toBe(false)
    expect(isFinished(job({ state: 'RUNNING' }))).toBe(false)
    expect(['DONE', 'FAILED', 'INTERRUPTED'].every((s) => isFinished(job({ state: s as ImportJob['state'] })))).toBe(true)
    expect(validRows(job({ totalRows: 10, errorRows: 3 }))).toBe(7)
  })

  it('offers all-or-nothing only for a clean dry run, valid-only while some row is good', () => {
    expect(commitModes(job({}))).toEqual(['ALL_OR_NOTHING', 'VALID_ONLY'])
    expect(defaultCommitMode(job({}))).toBe('ALL_OR_NOTHING')
    expect(commitModes(job({ errorRows: 1 }))).toEqual(['VALID_ONLY'])
    expect(defaultCommitMode(job({ errorRows: 1 }))).toBe('VALID_ONLY')
    expect(commitModes(job({ errorRows: 10 }))).toEqual([])
    expect(defaultCommitMode(job({ errorRows: 10 }))).toBeNull()
    expect(commitModes(job({ state: 'RUNNING' }))).toEqual([])
    expect(commitModes(job({ mode: 'VALID_ONLY' }))).toEqual([])
    expect(commitModes(null)).toEqual([])
  })

  it('shows the step for the jobs it holds', () => {
    expect(wizardStep(null, null)).toBe(0)
    expect(wizardStep(job({ state: 'RUNNING' }), null)).toBe(1)
    expect(wizardStep(job({}), job({ mode: 'VALID_ONLY' }))).toBe(2)
    expect(wizardStep(job({ mode: 'ALL_OR_NOTHING' }), null)).toBe(2)
  })

  it('polls quickly at first, pages the error list, and prints sizes', () => {
    expect(pollDelay(0)).toBe(400)
    expect(pollDelay(100)).toBe(2000)
    const rows = Array.from({ length: 25 }, (_, i) => i)
    expect(pageOf(rows, 3, 10)).toEqual([20, 21, 22, 23, 24])
    expect(pageOf(rows, 0, 10)).toEqual(rows.slice(0, 10))
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(12.3 * 1024 * 1024)).toBe('12.3 MB')
  })
})

describe('staff roster', () => {
  const row = (over: Partial<StaffingRow>): StaffingRow => ({ projectId: 1, projectName: 'A', residents: 300, staff: 2, limit: 150, overLimit: false, ...over })

  it('computes the ratio when the server leaves it out, none without staff', () => {
    expect(ratioValue(row({ ratio: 150 }))).toBe(150)
    expect(ratioValue(row({ residents: 100, staff: 3 }))).toBe(33.3)
    expect(ratioValue(row({ staff: 0 }))).toBeNull()
  })

  it('lists over-limit projects first', () => {
    const rows = [row({ projectName: '乙', ratio: 50 }), row({ projectName: '甲', ratio: 200, overLimit: true }), row({ projectName: '丙', ratio: 120 })]
    expect(sortStaffing(rows).map((r) => r.projectName)).toEqual(['甲', '丙', '乙'])
  })

  it('marks expired qualifications and cleans blank rows', () => {
    expect(isExpired({ validUntil: '2026-01-01' }, '2026-05-01')).toBe(true)
    expect(isExpired({ validUntil: '2026-05-01' }, '2026-05-01')).toBe(false)
    expect(isExpired({}, '2026-05-01')).toBe(false)
    expect(
      cleanQualifications([
        { name: ' 物业管理师 ', certificateNo: ' ZJ-001 ', validUntil: '2028-12-31' },
        { name: '  ', certificateNo: 'x' },
        { name: '电工证', certificateNo: '', validUntil: null },
      ]),
    ).toEqual([{ name: '物业管理师', certificateNo: 'ZJ-001', validUntil: '2028-12-31' }, { name: '电工证' }])
  })
})

describe('public service window texts', () => {
  it('splits numbered steps and materials into items', () => {
    expect(textItems('1. 提交申请\n2、资格审核\n\n3) 公示')).toEqual(['提交申请', '资格审核', '公示'])
    expect(textItems('身份证；户口簿;收入证明')).toEqual(['身份证', '户口簿', '收入证明'])
    expect(textItems(undefined)).toEqual([])
  })

  it('makes each hotline number dialable', () => {
    expect(phoneNumbers('0571-88886666 / 12345')).toEqual(['0571-88886666', '12345'])
    expect(telHref('0571-8888 6666 转 8')).toBe('tel:0571-888866668')
    expect(telHref('+86 571 8888')).toBe('tel:+865718888')
  })
})

describe('history labels and values', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })

  it('names fields and shows values for people', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(auditFieldLabel('unit', 'area')).toBe('面积')
    expect(auditFieldLabel('unit', 'layout')).toBe('户型')
    expect(auditFieldLabel('project', 'serviceWindow.hotline')).toBe('咨询电话')
    expect(auditFieldLabel('unit', 'somethingNew')).toBe('somethingNew')
    expect(auditFieldValue('status', 'UNDER_REPAIR')).toBe('维修中')
    expect(auditFieldValue('area', '62.5')).toBe('62.50 ㎡')
    expect(auditFieldValue('hasElevator', 'true')).toBe('是')
    expect(auditFieldValue('layout', undefined)).toBe('—')
    i18n.global.locale.value = 'en'
    expect(auditFieldLabel('unit', 'area')).toBe('Area')
    expect(auditFieldValue('status', 'VACANT')).toBe('Vacant')
  })

  it('formats areas with two decimals and ㎡', () => {
    expect(formatArea(12.5)).toBe('12.50 ㎡')
    expect(formatArea('1234.5')).toBe('1,234.50 ㎡')
    expect(formatArea(null)).toBe('')
  })
})

describe('downloads', () => {
  it('takes the file name from Content-Disposition, UTF-8 names first', () => {
    expect(contentDispositionFileName(`attachment; filename="unit.pdf"; filename*=UTF-8''%E4%B8%80%E6%88%BF%E4%B8%80%E6%A1%A3.pdf`)).toBe('一房一档.pdf')
    expect(contentDispositionFileName('attachment; filename="housing.xlsx"')).toBe('housing.xlsx')
    expect(contentDispositionFileName('attachment; filename=plain.csv')).toBe('plain.csv')
    expect(contentDispositionFileName(null)).toBeNull()
  })
})

describe('housing pages in the registry', () => {
  const HOUSING_MANAGER = ['project:read', 'project:write', 'unit:read', 'unit:write', 'unit:status', 'unit:import', 'unit:export', 'staff:read', 'staff:write']
  const menu = (permissions: string[]) =>
    portalRegistry.menuFor({ audience: 'OPERATOR', permissions }).map((g) => ({ section: g.section?.id ?? MAIN_SECTION, items: g.items.map((i) => i.name) }))

  it('an operator administrator gets the housing section between home and administration', () => {
    expect(menu(['organization:read', 'role:*', 'user:*', 'project:*', 'unit:*', 'staff:*', 'housing:*'])).toEqual([
      { section: MAIN_SECTION, items: ['operator-home'] },
      { section: 'housing', items: ['housing-board', 'housing-projects', 'housing-units', 'housing-import', 'housing-staff'] },
      { section: 'admin', items: ['staff-users', 'staff-roles'] },
    ])
  })

  it('the housing manager role opens every housing page; reading units alone shows only the units list', () => {
    expect(menu(HOUSING_MANAGER).find((g) => g.section === 'housing')?.items).toHaveLength(5)
    expect(menu(['unit:read']).find((g) => g.section === 'housing')?.items).toEqual(['housing-units'])
  })

  it('authorities and residents get no housing pages', () => {
    const authority = portalRegistry.permittedPages({ audience: 'AUTHORITY', permissions: ['*'] }).map((p) => p.name)
    expect(authority.filter((n) => n.startsWith('housing-'))).toEqual([])
    const resident = portalRegistry.permittedPages({ audience: 'RESIDENT', permissions: ['*'] }).map((p) => p.name)
    expect(resident.filter((n) => n.startsWith('housing-'))).toEqual([])
  })

  it('the service window pages are public on operator sites only', () => {
    expect(portalRegistry.publicPagesOf('OPERATOR').map((p) => `${p.name} ${p.path}`)).toEqual([
      'public-service service',
      'public-service-project service/:projectId(\\d+)',
    ])
    expect(portalRegistry.publicPagesOf('AUTHORITY')).toEqual([])
    expect(portalRegistry.publicPagesOf('PLATFORM')).toEqual([])
  })

  it('every status and import label exists in both languages', () => {
    for (const s of UNIT_STATUSES) {
      expect(zhCN.unitStatus[s]).toBeTruthy()
      expect(en.unitStatus[s]).toBeTruthy()
    }
    expect(Object.keys(zhCN.importState).sort()).toEqual(['DONE', 'FAILED', 'INTERRUPTED', 'QUEUED', 'RUNNING'])
    expect(zhCN.importMode.ALL_OR_NOTHING).toBe('全部成功才导入')
    expect(zhCN.importMode.VALID_ONLY).toBe('仅导入正确行')
    expect(zhCN.housing.archive.noLease).toBe('暂无租赁信息')
  })
})
