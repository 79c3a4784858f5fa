import { afterEach, describe, expect, it, vi } from 'vitest'
import { LiveHub, SseParser, eventData, reconnectDelay, type LiveEvent, type LiveOpener } from './live'

describe('SseParser', () => {
  it('reads named events with their data, across chunks', () => {
    const p = new SseParser()
    expect(p.push('event: ready\ndata: {}\n\n: keep-alive\n\nevent: not')).toEqual([{ event: 'ready', data: '{}' }])
    expect(p.push('ice\ndata: {"title":"待审批"}\n\n')).toEqual([{ event: 'notice', data: '{"title":"待审批"}' }])
  })

  it('joins data lines, ignores comments and accepts CRLF', () => {
    const p = new SseParser()
    expect(p.push(':x\r\nevent:alert\r\ndata:a\r\ndata:b\r\n\r\n')).toEqual([{ event: 'alert', data: 'a\nb' }])
  })

  it('keeps an incomplete event for the next chunk', () => {
    const p = new SseParser()
    expect(p.push('event: notice\ndata: {}')).toEqual([])
    expect(p.push('\n\n')).toEqual([{ event: 'notice', data: '{}' }])
  })
})

describe('reconnectDelay', () => {
  it('grows from one second and stops at thirty', () => {
    expect([1, 2, 3, 6, 20].map(reconnectDelay)).toEqual([1000, 2000, 4000, 30000, 30000])
  })
})

/** A fake connection: records each opening, lets the test push events and state, and sees the abort. */
function fakeOpener() {
  const opened: { emit: (e: LiveEvent) => void; state: (up: boolean) => void; signal: AbortSignal }[] = []
  const opener: LiveOpener = (onEvent, onState, signal) => opened.push({ emit: onEvent, state: onState, signal })
  return { opener, opened }
}

describe('LiveHub', () => {
  afterEach(() => vi.useRealTimers())

  it('opens one connection for every subscriber and delivers events by name', () => {
    const { opener, opened } = fakeOpener()
    const hub = new LiveHub(opener, 0)
    const alerts: string[] = []
    const notices: string[] = []
    const all: string[] = []
    hub.subscribe('alert', (e) => alerts.push(e.data))
    hub.subscribe('notice', (e) => notices.push(e.data))
    hub.subscribe('*', (e) => all.push(e.event))
    expect(opened).toHaveLength(1)
    opened[0].emit({ event: 'alert', data: '{"alertId":1}' })
    opened[0].emit({ event: 'notice', data: '{"category":"alert"}' })
    opened[0].emit({ event: 'ready', data: '{}' })
    expect(alerts).toEqual(['{"alertId":1}'])
    expect(notices).toEqual(['{"category":"alert"}'])
    expect(all).toEqual(['alert', 'notice', 'ready'])
  })

  it('tells whether the stream is up, reactively and to state listeners', () => {
    const { opener, opened } = fakeOpener()
    const hub = new LiveHub(opener, 0)
    const states: boolean[] = []
    hub.onState((up) => states.push(up))
    expect(hub.up.value).toBe(false)
    opened[0].state(true)
    expect(hub.up.value).toBe(true)
    opened[0].state(true)
    opened[0].state(false)
    expect(states).toEqual([true, false])
  })

  it('delivers ready on every reconnection so subscribers re-read', () => {
    const { opener, opened } = fakeOpener()
    const hub = new LiveHub(opener, 0)
    let reads = 0
    hub.subscribe('ready', () => (reads += 1))
    opened[0].state(true)
    opened[0].emit({ event: 'ready', data: '' })
    opened[0].state(false)
    opened[0].state(true)
    opened[0].emit({ event: 'ready', data: '' })
    expect(reads).toBe(2)
  })

  it('closes the connection after the last subscriber leaves, past the grace, and opens again for a new one', () => {
    vi.useFakeTimers()
    const { opener, opened } = fakeOpener()
    const hub = new LiveHub(opener, 1000)
    const a = hub.subscribe('alert', () => {})
    const b = hub.subscribe('notice', () => {})
    a()
    a() // twice is harmless
    expect(hub.subscribers).toBe(1)
    b()
    vi.advanceTimersByTime(500)
    // back within the grace (list → detail): the same connection goes on
    const c = hub.subscribe('alert', () => {})
    vi.advanceTimersByTime(5000)
    expect(opened).toHaveLength(1)
    expect(opened[0].signal.aborted).toBe(false)
    opened[0].state(true)
    c()
    vi.advanceTimersByTime(1000)
    expect(opened[0].signal.aborted).toBe(true)
    expect(hub.connected).toBe(false)
    expect(hub.up.value).toBe(false)
    hub.subscribe('alert', () => {})
    expect(opened).toHaveLength(2)
  })

  it('ignores what a closed connection still reports, and one failing subscriber does not starve the others', () => {
    const { opener, opened } = fakeOpener()
    const hub = new LiveHub(opener, 0)
    const seen: string[] = []
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const stop = hub.subscribe('alert', () => {
      throw new Error('bug')
    })
    hub.subscribe('alert', (e) => seen.push(e.data))
    opened[0].emit({ event: 'alert', data: 'x' })
    expect(seen).toEqual(['x'])
    stop()
    const stale = opened[0]
    // every subscriber gone
    const hub2 = new LiveHub(opener, 0)
    const s2 = hub2.subscribe('alert', (e) => seen.push(`2:${e.data}`))
    s2()
    opened[1].emit({ event: 'alert', data: 'late' })
    opened[1].state(true)
    expect(hub2.up.value).toBe(false)
    expect(seen).toEqual(['x'])
    expect(stale.signal.aborted).toBe(false)
  })
})

describe('LiveHub and the signed-in user', () => {
  it('opens a new connection for a subscriber of another identity, never sharing the previous user\'s', () => {
    const { opener, opened } = fakeOpener()
    let who = 'demo token-a'
    const hub = new LiveHub(opener, 3000, () => who)
    const stop = hub.subscribe('notice', () => {})
    opened[0].state(true)
    stop()
    // signed out and in as somebody else within the grace
    who = 'demo token-b'
    hub.subscribe('notice', () => {})
    expect(opened).toHaveLength(2)
    expect(opened[0].signal.aborted).toBe(true)
    expect(opened[1].signal.aborted).toBe(false)
    expect(hub.up.value).toBe(false)
    // the same user again: the same connection
    hub.subscribe('alert', () => {})
    expect(opened).toHaveLength(2)
  })
})

describe('eventData', () => {
  it('parses JSON data and answers null for anything else', () => {
    expect(eventData<{ alertId: number }>({ event: 'alert', data: '{"alertId":7}' })).toEqual({ alertId: 7 })
    expect(eventData({ event: 'alert', data: 'not json' })).toBeNull()
  })
})
