/**
 * The alert center's live updates. The server pushes an `alert` event (the message body of docs/api/alerts.md
 * "Messages") whenever an alert is opened, gains evidence, is dispatched, escalated, resolved or dismissed; servers
 * without it still send `notice` events of category `alert` (link `/alerts/<id>`) to the routed roles. Either is a
 * cue to re-read: the pages never patch rows from the event alone (the list's filter, paging and the reader's
 * language stay the server's business).
 */
import { eventData, type LiveEvent } from '@/app/live'
import type { AlertMessage } from './types'

/** The alert an event is about, or null when it is not about an alert (or carries no id). */
export function alertIdOf(e: LiveEvent): number | null {
  if (e.event === 'alert') {
    const m = eventData<Partial<AlertMessage>>(e)
    const id = Number(m?.alertId)
    return Number.isSafeInteger(id) && id > 0 ? id : null
  }
  if (e.event === 'notice') {
    const n = eventData<{ category?: string; link?: string | null }>(e)
    if (n?.category !== 'alert') return null
    const m = /^\/alerts\/(\d+)(?:[/?#]|$)/.exec(n.link ?? '')
    return m ? Number(m[1]) : null
  }
  return null
}

/** Whether an event should make an alert page re-read: any `alert` event, or a notice of category alert. */
export function concernsAlerts(e: LiveEvent): boolean {
  if (e.event === 'alert') return true
  if (e.event === 'notice') return eventData<{ category?: string }>(e)?.category === 'alert'
  return false
}

/**
 * Rows recently announced live, for the list's highlight: `mark` remembers an id for `ms`, `has` tells whether it is
 * still fresh. Time is passed in so that tests need no timers.
 */
export class FreshIds {
  private readonly until = new Map<number, number>()

  constructor(private readonly ms = 8000) {}

  mark(id: number, now = Date.now()): void {
    this.until.set(id, now + this.ms)
  }

  has(id: number, now = Date.now()): boolean {
    const u = this.until.get(id)
    if (u === undefined) return false
    if (u <= now) {
      this.until.delete(id)
      return false
    }
    return true
  }

  get size(): number {
    return this.until.size
  }
}

/** Calls `fn` once after the last of a burst of calls (a pass opening twenty alerts re-reads once). */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null
  const call = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      fn()
    }, ms)
  }
  call.cancel = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  return call
}
