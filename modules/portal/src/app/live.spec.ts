import { describe, expect, it } from 'vitest'
import { SseParser, reconnectDelay } from './live'

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
