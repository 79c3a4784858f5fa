/**
 * The signed-in user's live events (GET /api/v1/live, server-sent events). Read with fetch so the bearer token goes
 * in the Authorization header as on every other call (an EventSource could only put it in the URL, where logs keep
 * it). Reconnects with a growing pause while the page lives; the caller re-reads its data on each `ready`, so
 * nothing missed while disconnected is lost (the server keeps everything; the stream only says "look again").
 * Components do not open streams themselves: they subscribe to the page's one `liveHub` (or `useLive`).
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
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

/** Opens one connection (the signature of `openLiveStream`); the hub takes it as a parameter so tests can fake it. */
export type LiveOpener = (onEvent: (e: LiveEvent) => void, onState: (live: boolean) => void, signal: AbortSignal) => void

export type LiveListener = (e: LiveEvent) => void

/**
 * One live connection per page, shared by every component that wants events (the bell, the alert center, an alert's
 * page): subscribers register by event name (`*` for all), the first one opens the stream, the last one leaving closes
 * it after a short grace (so moving from the list to a detail page does not reconnect). `ready` is delivered to its
 * subscribers on every (re)connection: that is their cue to re-read, since events missed while down are not replayed.
 * The connection belongs to one signed-in user: a subscriber arriving under another identity (signed out and in as
 * someone else within the grace) gets a new connection, never the previous user's.
 */
export class LiveHub {
  /** Whether the stream is up now (reactive: components show it). */
  readonly up = ref(false)
  private readonly listeners = new Map<string, Set<LiveListener>>()
  private readonly stateListeners = new Set<(up: boolean) => void>()
  private controller: AbortController | null = null
  private closeTimer: ReturnType<typeof setTimeout> | null = null
  private count = 0
  private openedAs: string | null = null

  constructor(
    private readonly opener: LiveOpener = openLiveStream,
    private readonly graceMs = 3000,
    /** Who the connection is for (the organization and token); a change means a new connection. */
    private readonly identity: () => string = currentIdentity,
  ) {}

  /** Listens to one event name (or `*`); answers the function that stops listening. */
  subscribe(event: string, listener: LiveListener): () => void {
    let set = this.listeners.get(event)
    if (!set) this.listeners.set(event, (set = new Set()))
    set.add(listener)
    return this.retain(() => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(event)
    })
  }

  /** Listens to the stream going up and down; answers the function that stops listening. */
  onState(listener: (up: boolean) => void): () => void {
    this.stateListeners.add(listener)
    return this.retain(() => this.stateListeners.delete(listener))
  }

  /** The number of subscriptions holding the stream open. */
  get subscribers(): number {
    return this.count
  }

  /** Whether a connection is open or being opened. */
  get connected(): boolean {
    return this.controller !== null
  }

  private retain(release: () => void): () => void {
    this.count += 1
    if (this.closeTimer) {
      clearTimeout(this.closeTimer)
      this.closeTimer = null
    }
    if (this.controller && this.openedAs !== this.identity()) this.reopen()
    if (!this.controller) this.open()
    let released = false
    return () => {
      if (released) return
      released = true
      release()
      this.count -= 1
      if (this.count === 0) {
        if (this.graceMs <= 0) this.close()
        else this.closeTimer = setTimeout(() => this.close(), this.graceMs)
      }
    }
  }

  private open(): void {
    const controller = new AbortController()
    this.controller = controller
    this.openedAs = this.identity()
    this.opener(
      (e) => {
        if (controller.signal.aborted) return
        this.dispatch(e)
      },
      (up) => {
        if (controller.signal.aborted) return
        this.setUp(up)
      },
      controller.signal,
    )
  }

  private close(): void {
    this.closeTimer = null
    if (this.count > 0) return
    this.reopen()
  }

  /** Ends the connection; the next subscription (or the caller) opens a new one. */
  private reopen(): void {
    this.controller?.abort()
    this.controller = null
    this.openedAs = null
    this.setUp(false)
  }

  private setUp(up: boolean): void {
    if (this.up.value === up) return
    this.up.value = up
    for (const l of [...this.stateListeners]) l(up)
  }

  private dispatch(e: LiveEvent): void {
    for (const name of [e.event, '*']) {
      for (const l of [...(this.listeners.get(name) ?? [])]) {
        try {
          l(e)
        } catch (err) {
          // one subscriber's bug must not starve the others
          console.error(err)
        }
      }
    }
  }
}

function currentIdentity(): string {
  try {
    const h = standardHeaders()
    return `${h['X-Anju-Organization'] ?? ''} ${h.Authorization ?? ''}`
  } catch {
    return '' // the API is not configured yet (tests, before bootstrap)
  }
}

/** The page's hub. */
export const liveHub = new LiveHub()

/** Parses an event's JSON data; null when it is not JSON (a malformed event costs only itself). */
export function eventData<T>(e: LiveEvent): T | null {
  try {
    return JSON.parse(e.data) as T
  } catch {
    return null
  }
}

/**
 * For a component: subscribes to the events named in `handlers` while it is mounted (through the page's hub) and
 * answers whether the stream is up.
 */
export function useLive(handlers: Record<string, LiveListener>, hub: LiveHub = liveHub): Ref<boolean> {
  const stops: (() => void)[] = []
  onMounted(() => {
    for (const [name, fn] of Object.entries(handlers)) stops.push(hub.subscribe(name, fn))
  })
  onBeforeUnmount(() => {
    for (const stop of stops.splice(0)) stop()
  })
  return hub.up
}
