/**
 * The signed-in user's live events (GET /api/v1/live, server-sent events). Read with fetch so the bearer token goes
 * in the Authorization header as on every other call (an EventSource could only put it in the URL, where logs keep
 * it). Reconnects with a growing pause while the page lives; the caller re-reads its data on each `ready`, so
 * nothing missed while disconnected is lost (the server keeps everything; the stream only says "look again").
 */
import { buildUrl, standardHeaders } from './api'

export interface LiveEvent {
  event: string
  data: string
}

/** Splits a text/event-stream into events; feed it chunks as they come, it keeps what is not complete yet. */
export class SseParser {
  private buffer = ''

  push(chunk: string): LiveEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n')
    const out: LiveEvent[] = []
    let end = this.buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 2)
      let event = 'message'
      const data: string[] = []
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue
        const colon = line.indexOf(':')
        const field = colon < 0 ? line : line.slice(0, colon)
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
        if (field === 'event') event = value
        if (field === 'data') data.push(value)
      }
      if (data.length > 0 || event !== 'message') out.push({ event, data: data.join('\n') })
      end = this.buffer.indexOf('\n\n')
    }
    return out
  }
}

/** The pause before the n-th reconnection (1 s doubling to 30 s). */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

/**
 * Opens the stream and keeps it open until `signal` aborts; `onEvent` gets every event, `onState` whether the
 * stream is up.
 */
export function openLiveStream(
  onEvent: (e: LiveEvent) => void,
  onState: (live: boolean) => void,
  signal: AbortSignal,
): void {
  let attempt = 0
  const run = async () => {
    while (!signal.aborted) {
      try {
        const response = await fetch(buildUrl('/live'), {
          headers: { ...standardHeaders(), Accept: 'text/event-stream' },
          signal,
          credentials: 'same-origin',
        })
        if (response.status === 401 || response.status === 403) return // signed out: the session handles it
        if (!response.ok || !response.body) throw new Error(`live ${response.status}`)
        const reader = response.body.getReader()
        const decoder = new TextDecoder()
        const parser = new SseParser()
        onState(true)
        attempt = 0
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          for (const e of parser.push(decoder.decode(value, { stream: true }))) onEvent(e)
        }
      } catch {
        if (signal.aborted) return
      }
      onState(false)
      attempt += 1
      await new Promise((resolve) => setTimeout(resolve, reconnectDelay(attempt)))
    }
  }
  void run()
}
