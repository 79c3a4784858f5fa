import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { i18n } from '@/app/i18n'
import LockStateLegend from './components/LockStateLegend.vue'
import { beijingText, lockBadgeType, lockGlyph, lockStateText, LOCK_STATES, unitDeviceRows, type UnitDevice } from './lockState'
import { startPolling } from './polling'
import { visitorPickerBounds } from './windows'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
  vi.useRealTimers()
})

describe('lock state on the board and the unit page (R6.1d)', () => {
  it('says a cell state in words with battery and the number of locks, in both languages', () => {
    expect(lockStateText({ state: 'ONLINE', battery: 87, locks: 1 })).toBe('门锁在线 · 电量 87%')
    expect(lockStateText({ state: 'TROUBLE', trouble: 'LOW_BATTERY', battery: 15, locks: 1 })).toBe('门锁故障 · 电量低 · 电量 15%')
    expect(lockStateText({ state: 'OFFLINE', battery: null, locks: 2 })).toBe('2 把门锁 · 门锁离线')
    i18n.global.locale.value = 'en'
    expect(lockStateText({ state: 'TROUBLE', trouble: 'TAMPER', battery: 90, locks: 1 })).toBe('Lock trouble · Tamper alarm · Battery 90%')
  })

  it('gives each state its own mark and colour, so colour is never the only cue', () => {
    expect(LOCK_STATES.map(lockGlyph)).toEqual(['✓', '○', '!'])
    expect(LOCK_STATES.map(lockBadgeType)).toEqual(['success', 'info', 'danger'])
    expect(new Set(LOCK_STATES.map(lockGlyph)).size).toBe(3)
  })

  it('renders the legend with every state (LockStateLegend)', async () => {
    const app = createSSRApp({ render: () => h(LockStateLegend) })
    app.use(i18n)
    const html = await renderToString(app)
    expect(html).toContain('data-testid="lock-legend"')
    for (const s of LOCK_STATES) expect(html).toContain(`data-lock="${s}"`)
    expect(html).toContain('门锁在线')
    expect(html).toContain('门锁离线')
    expect(html).toContain('门锁故障')
  })

  it('turns the unit page answer into rows: connection, Beijing last seen, battery, troubles; unapproved devices by registration', () => {
    const devices: UnitDevice[] = [
      { id: 1, deviceId: 'LK-1', kind: 'SMART_LOCK', registration: 'APPROVED', online: true, lastSeenAt: '2026-11-22T01:30:00Z', battery: 15, troubles: ['LOW_BATTERY'] },
      { id: 2, deviceId: 'LK-2', kind: 'SMART_LOCK', registration: 'APPROVED', online: false, lastSeenAt: null, battery: null, troubles: [] },
      { id: 3, deviceId: 'WM-1', kind: 'WATER_METER', registration: 'PENDING', online: false, troubles: [] },
    ]
    const rows = unitDeviceRows({ devices })
    expect(rows[0]).toMatchObject({ deviceId: 'LK-1', kind: '智能门锁', connection: { label: '在线', type: 'success' }, lastSeen: '2026-11-22 09:30', battery: '15%' })
    expect(rows[0].troubles).toEqual([{ key: 'LOW_BATTERY', label: '电量低' }])
    expect(rows[1]).toMatchObject({ connection: { label: '从未连接', type: 'info' }, lastSeen: '—', battery: '—' })
    expect(rows[2]).toMatchObject({ approved: false, connection: { label: '待审核', type: 'info' } })
  })

  it('shows instants inside key-log text in Beijing time, whatever the browser zone', () => {
    expect(beijingText('合同生效：张*三，FACE，2026-11-21T16:00:00Z ~ 2028-11-21T16:00:00Z')).toBe('合同生效：张*三，FACE，2026-11-22 00:00 ~ 2028-11-22 00:00')
    expect(beijingText('续期至 2027-05-31')).toBe('续期至 2027-05-31')
    expect(beijingText('at 2026-11-22T01:02:03.456+08:00')).toBe('at 2026-11-22 01:02')
    expect(beijingText(null)).toBe('')
  })
})

describe('polling the unit page', () => {
  it('runs now and on every tick, never two at once, not while hidden, and stops', async () => {
    vi.useFakeTimers()
    let hidden = false
    let calls = 0
    let release: () => void = () => {}
    const task = () => {
      calls++
      return new Promise<void>((r) => (release = r))
    }
    const stop = startPolling(task, 1000, () => hidden)
    expect(calls).toBe(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(1) // the first answer is still out
    release()
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(2)
    release()
    hidden = true
    await vi.advanceTimersByTimeAsync(3000)
    expect(calls).toBe(2)
    hidden = false
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(3)
    release()
    stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls).toBe(3)
  })

  it('keeps polling after a failed refresh', async () => {
    vi.useFakeTimers()
    let calls = 0
    const stop = startPolling(() => {
      calls++
      return Promise.reject(new Error('network'))
    }, 500, () => false)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toBe(3)
    stop()
  })
})

describe('visitor-code pickers bounded by visitorCodeMaxHours (GET /my/keys)', () => {
  it('keeps the end between the start and the start plus the limit, and the start from now', () => {
    const now = new Date('2026-11-22T01:00:00Z') // 09:00 in Beijing
    expect(visitorPickerBounds('2026-11-22T10:00', 48, now)).toEqual({
      fromMin: '2026-11-22T08:50',
      untilMin: '2026-11-22T10:01',
      untilMax: '2026-11-24T10:00',
    })
    expect(visitorPickerBounds('2026-11-22T10:00', null, now).untilMax).toBeUndefined()
    expect(visitorPickerBounds('', 48, now)).toEqual({ fromMin: '2026-11-22T08:50' })
  })
})
