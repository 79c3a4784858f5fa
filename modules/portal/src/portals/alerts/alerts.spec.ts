import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from '@/app/i18n'
import zhCN from '@/app/locales/zh-CN'
import en from '@/app/locales/en'
import alertsZh from '@/app/locales/alerts/zh-CN'
import alertsEn from '@/app/locales/alerts/en'
import { availableActions, evidenceRefsProblem, fieldAndElements, parseEvidenceRefs, statusAfter } from './actions'
import { fieldLabel, formatEvidence, formatValue } from './evidence'
import { bars, trendMax } from './indicators'
import { alertLabel, deadlineState, isUnresolved, SEVERITIES, SEVERITY_COLORS, STATUSES, visitOverdue } from './labels'
import { subjectLinks } from './links'
import { alertQuery } from './query'
import { NUMBER_SPECS, settingsBody, settingsProblems } from './settings'
import { alertIdOf, concernsAlerts, debounce, FreshIds } from './stream'
import type { AlertSettings } from './types'

type Tree = { [k: string]: string | Tree }
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}

afterEach(() => {
  setLocale('zh-CN')
  vi.useRealTimers()
})

describe('alerts catalogues', () => {
  it('are wired in with the same keys in both languages, Chinese terms in zh-CN', () => {
    expect(zhCN.alerts).toBe(alertsZh)
    expect(en.alerts).toBe(alertsEn)
    expect(keys(alertsEn as Tree).sort()).toEqual(keys(alertsZh as Tree).sort())
    expect(alertsZh.center.title).toBe('预警中心')
    expect(alertsZh.action.dispatch).toBe('派单入户核查')
    expect(alertsZh.enum.type.NOBODY_LIVING).toBe('无人居住')
    expect(alertsZh.live.up).toBe('实时')
    expect(zhCN.menu.sections.alerts).toBe('预警管理')
  })
})

describe('action availability by status', () => {
  it('follows the lifecycle: OPEN may be acknowledged, dispatched or dismissed; resolving needs a step first', () => {
    expect(availableActions('OPEN')).toEqual(['acknowledge', 'dispatch', 'dismiss'])
    expect(availableActions('ACKNOWLEDGED')).toEqual(['dispatch', 'resolve', 'dismiss'])
    expect(availableActions('DISPATCHED')).toEqual(['resolve', 'dismiss'])
    expect(availableActions('RESOLVED')).toEqual([])
    expect(availableActions('DISMISSED')).toEqual([])
  })

  it('offers nothing without alert:handle, and nothing for a status it does not know', () => {
    for (const s of STATUSES) expect(availableActions(s, false)).toEqual([])
    expect(availableActions('SOMETHING_NEW')).toEqual([])
  })

  it('never offers an action whose next status the server would refuse', () => {
    const allowed: Record<string, string[]> = {
      OPEN: ['ACKNOWLEDGED', 'DISPATCHED', 'DISMISSED'],
      ACKNOWLEDGED: ['DISPATCHED', 'RESOLVED', 'DISMISSED'],
      DISPATCHED: ['RESOLVED', 'DISMISSED'],
      RESOLVED: [],
      DISMISSED: [],
    }
    for (const s of STATUSES) expect(availableActions(s).map(statusAfter).sort()).toEqual([...allowed[s]].sort())
  })

  it('reads evidence references one per line and checks the server limits', () => {
    expect(parseEvidenceRefs(' 照片 IMG_001 \n\n https://x/y \r\n')).toEqual(['照片 IMG_001', 'https://x/y'])
    expect(evidenceRefsProblem(['a'])).toBeNull()
    expect(evidenceRefsProblem(Array.from({ length: 21 }, () => 'a'))).toEqual({ key: 'tooManyRefs' })
    expect(evidenceRefsProblem(['a', 'x'.repeat(501)])).toEqual({ key: 'refTooLong', n: 2 })
    expect(fieldAndElements({ evidenceRefs: 'A', 'evidenceRefs[2].<list element>': 'B', reason: 'C' }, 'evidenceRefs')).toBe('A；B')
  })
})

describe('evidence formatting', () => {
  it('names known fields, adds units and shows instants in Beijing time', () => {
    const points = formatEvidence({
      thresholdDays: 30,
      silentSince: '2026-10-01T16:30:00Z',
      silentDays: 42,
      waterM3: '0.2',
      electricityKwh: '1.5',
      lastOpening: null,
    })
    expect(points.map((p) => p.key)).toEqual(['thresholdDays', 'silentDays', 'silentSince', 'waterM3', 'electricityKwh'])
    expect(points.find((p) => p.key === 'silentSince')).toEqual({ key: 'silentSince', label: '未开门起算', value: '2026-10-02 00:30' })
    expect(points.find((p) => p.key === 'silentDays')?.value).toBe('42 天')
    expect(points.find((p) => p.key === 'waterM3')?.value).toBe('0.2 立方米')
    expect(points.find((p) => p.key === 'electricityKwh')?.value).toBe('1.5 千瓦时')
  })

  it('puts codes in words: welfare group, expiry stage, device report; lists and money', () => {
    expect(formatValue('group', 'ELDERLY_ALONE')).toBe('独居老人')
    expect(formatValue('stage', 'offset-30')).toBe('到期前 30 天提醒')
    expect(formatValue('stage', 'overdue')).toBe('已过到期日')
    expect(formatValue('report', 'TAMPER')).toBe('防撬报警')
    expect(formatValue('offsets', [60, 30, 7])).toBe('60 天、30 天、7 天')
    expect(formatValue('overdue', '3200.00')).toMatch(/^3,?200(\.00)? 元$/)
    expect(formatValue('othersSharePercent', 75)).toBe('75%')
    expect(formatValue('end', '2026-12-12')).toBe('2026-12-12')
  })

  it('still shows fields it does not know, guessing instants, dates and booleans', () => {
    const points = formatEvidence({ zz: true, newField: '2026-11-22T00:00:00Z', day: '2026-11-20', nested: { a: 1 } })
    expect(points.map((p) => [p.label, p.value])).toEqual([
      ['day', '2026-11-20'],
      ['nested', '{"a":1}'],
      ['newField', '2026-11-22 08:00'],
      ['zz', '是'],
    ])
    expect(formatEvidence(null)).toEqual([])
  })

  it('speaks English when the UI does', () => {
    setLocale('en')
    expect(fieldLabel('silentDays')).toBe('Days without opening')
    expect(formatValue('silentHours', 50)).toBe('50 h')
    expect(formatValue('offsets', [30, 7])).toBe('30 days, 7 days')
  })
})

describe('labels and deadlines', () => {
  it('labels every enum value and keeps unknown values readable', () => {
    expect(alertLabel('severity', 'CRITICAL')).toBe('紧急')
    expect(alertLabel('status', 'DISPATCHED')).toBe('入户核查中')
    expect(alertLabel('type', 'NEW_RULE')).toBe('NEW_RULE')
    expect(alertLabel('status', null)).toBe('—')
    for (const s of SEVERITIES) expect(SEVERITY_COLORS[s].border).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('tells overdue, due soon, in time and closed apart', () => {
    const now = new Date('2026-11-22T06:00:00Z')
    expect(deadlineState({ status: 'OPEN', deadline: '2026-11-22T05:59:00Z' }, now)).toBe('overdue')
    expect(deadlineState({ status: 'ACKNOWLEDGED', deadline: '2026-11-22T07:00:00Z' }, now)).toBe('soon')
    expect(deadlineState({ status: 'DISPATCHED', deadline: '2026-11-23T07:00:00Z' }, now)).toBe('ok')
    expect(deadlineState({ status: 'OPEN', deadline: null }, now)).toBe('none')
    expect(deadlineState({ status: 'RESOLVED', deadline: '2026-11-01T00:00:00Z' }, now)).toBe('closed')
    expect(isUnresolved('DISMISSED')).toBe(false)
  })

  it('says a home visit is overdue from the day after its due date, Beijing calendar', () => {
    // 2026-11-22 23:30 in Beijing
    const late = new Date('2026-11-22T15:30:00Z')
    expect(visitOverdue({ status: 'DISPATCHED', dueDate: '2026-11-22' }, late)).toBe(false)
    expect(visitOverdue({ status: 'DISPATCHED', dueDate: '2026-11-21' }, late)).toBe(true)
    expect(visitOverdue({ status: 'RESOLVED', dueDate: '2026-11-01' }, late)).toBe(false)
  })

  it('links the subject, its unit, household and lease where the user may open them', () => {
    const all = () => true
    const links = subjectLinks({ subjectKind: 'LEASE', subjectId: '9', unitId: 3, householdId: 5, leaseId: 9 }, all)
    expect(links.map((l) => [l.kind, l.text])).toEqual([
      ['LEASE', '#9'],
      ['UNIT', '#3'],
      ['HOUSEHOLD', '#5'],
    ])
    expect(links[2].to).toEqual({ name: 'leasing-household-archive', params: { id: '5' } })
    const device = subjectLinks({ subjectKind: 'DEVICE', subjectId: 'LOCK-7', unitId: null, householdId: null, leaseId: null }, (p) => p !== 'device:read')
    expect(device).toEqual([{ kind: 'DEVICE', text: 'LOCK-7', to: null }])
  })

  it('makes the list query from the filter, leaving out what the server would refuse', () => {
    expect(alertQuery({ type: 'SUBLET', severity: 'BAD', status: 'OPEN', projectId: '12', subjectKind: '', subjectId: '  ' }, 2, 20)).toEqual({
      type: 'SUBLET',
      severity: undefined,
      status: 'OPEN',
      projectId: 12,
      subjectKind: undefined,
      subjectId: undefined,
      page: 2,
      size: 20,
    })
  })
})

describe('live alert events', () => {
  it('finds the alert of an alert event or of an alert notice', () => {
    expect(alertIdOf({ event: 'alert', data: JSON.stringify({ alertId: 41, type: 'SUBLET', severity: 'HIGH', status: 'OPEN' }) })).toBe(41)
    expect(alertIdOf({ event: 'notice', data: JSON.stringify({ category: 'alert', title: '疑似转租', link: '/alerts/42' }) })).toBe(42)
    expect(alertIdOf({ event: 'notice', data: JSON.stringify({ category: 'lease', link: '/leasing/leases/3' }) })).toBeNull()
    expect(alertIdOf({ event: 'alert', data: 'broken' })).toBeNull()
    expect(alertIdOf({ event: 'ready', data: '{}' })).toBeNull()
  })

  it('tells which events concern the alert pages', () => {
    expect(concernsAlerts({ event: 'alert', data: '{}' })).toBe(true)
    expect(concernsAlerts({ event: 'notice', data: '{"category":"alert"}' })).toBe(true)
    expect(concernsAlerts({ event: 'notice', data: '{"category":"approval"}' })).toBe(false)
  })

  it('keeps a row fresh for a while, then not', () => {
    const f = new FreshIds(1000)
    f.mark(7, 0)
    expect(f.has(7, 999)).toBe(true)
    expect(f.has(7, 1000)).toBe(false)
    expect(f.size).toBe(0)
    expect(f.has(8, 0)).toBe(false)
  })

  it('re-reads once after a burst of events', () => {
    vi.useFakeTimers()
    const fn = vi.fn()
    const d = debounce(fn, 300)
    d()
    d()
    vi.advanceTimersByTime(299)
    d()
    vi.advanceTimersByTime(300)
    expect(fn).toHaveBeenCalledTimes(1)
    d()
    d.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(1)
  })
})

describe('settings', () => {
  const defaults = (): AlertSettings => ({
    expiryOffsetsDays: [60, 30, 7],
    arrearsDays: 30,
    arrearsAmount: 3000,
    nobodyLivingDays: 30,
    consumptionWindowDays: 7,
    nearZeroWaterM3: 0.5,
    nearZeroElectricityKwh: 3,
    welfareHours: 48,
    welfareGroups: ['ELDERLY_ALONE'],
    subletWindowDays: 28,
    subletMinOpenings: 10,
    subletOthersShare: 0.6,
    subletOwnUnusedWeeks: 4,
    groupWindowDays: 7,
    groupCredentialsPerMember: 2,
    groupMinDistinct: 6,
    groupWaterPerPersonDailyM3: 0.4,
    vacantWaterM3: 0.5,
    vacantElectricityKwh: 3,
    escalationHoursCritical: 2,
    escalationHoursHigh: 8,
    escalationHoursMedium: 24,
    escalationHoursLow: 72,
    escalationLevels: 3,
    routes: [{ type: '*', projectId: null, roles: ['org_admin'] }],
  })

  it('accepts the defaults', () => {
    expect(settingsProblems(defaults())).toEqual({})
  })

  it('names each bad field with the server paths', () => {
    const s = defaults()
    s.expiryOffsetsDays = [30, 30, 400]
    s.nobodyLivingDays = 2
    s.welfareHours = 12.5
    s.routes = [{ type: '*', projectId: null, roles: [] }, { type: 'SUBLET', projectId: 3, roles: ['Bad Role'] }]
    expect(settingsProblems(s)).toEqual({
      'expiryOffsetsDays[2]': { key: 'range', min: 1, max: 365 },
      expiryOffsetsDays: { key: 'offsetsDistinct' },
      nobodyLivingDays: { key: 'range', min: 3, max: 365 },
      welfareHours: { key: 'integer' },
      'routes[0].roles': { key: 'rolesRequired' },
      'routes[1].roles': { key: 'roleFormat' },
    })
  })

  it('keeps higher severities faster, and limits the offsets to six', () => {
    const s = defaults()
    s.escalationHoursHigh = 1
    s.escalationHoursCritical = 2
    expect(settingsProblems(s)).toEqual({ escalationHoursHigh: { key: 'escalationOrder' } })
    s.escalationHoursHigh = 8
    s.expiryOffsetsDays = [1, 2, 3, 4, 5, 6, 7]
    expect(settingsProblems(s)).toEqual({ expiryOffsetsDays: { key: 'offsetsCount' } })
  })

  it('sends numbers, offsets largest first and clean routes', () => {
    const s = defaults()
    s.arrearsAmount = '2500.50'
    s.expiryOffsetsDays = [7, 60, 30]
    s.routes = [{ type: '', projectId: null, roles: [' leasing_officer ', ''] }]
    const b = settingsBody(s)
    expect(b.arrearsAmount).toBe(2500.5)
    expect(b.expiryOffsetsDays).toEqual([60, 30, 7])
    expect(b.routes).toEqual([{ type: '*', projectId: null, roles: ['leasing_officer'] }])
    expect(Object.keys(NUMBER_SPECS)).toHaveLength(22)
  })
})

describe('risk indicators', () => {
  it('draws bars relative to the largest, severities in their order', () => {
    expect(bars([{ key: 'SUBLET', open: 2 }, { key: 'WELFARE', open: 4 }, { key: 'ARREARS', open: 0 }])).toEqual([
      { key: 'WELFARE', open: 4, percent: 100 },
      { key: 'SUBLET', open: 2, percent: 50 },
    ])
    expect(bars([{ key: 'LOW', open: 9 }, { key: 'CRITICAL', open: 1 }], SEVERITIES).map((b) => b.key)).toEqual(['CRITICAL', 'LOW'])
    expect(trendMax([])).toBe(1)
    expect(trendMax([{ day: '2026-11-21', opened: 3, resolved: 2, dismissed: 2 }])).toBe(4)
  })
})

