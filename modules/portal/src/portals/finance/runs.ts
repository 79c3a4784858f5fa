/**
 * Following a billing run: the server answers 202 with the run RUNNING; the page asks again until DONE or FAILED,
 * a little less often as time goes on, and stops when the page goes away.
 */
import type { BillingRun } from './types'

export function isFinished(run: Pick<BillingRun, 'status'>): boolean {
  return run.status === 'DONE' || run.status === 'FAILED'
}

/** Delay before the n-th poll (0-based): 0.5 s, 0.75 s, … up to 3 s. */
export function pollDelay(attempt: number): number {
  return Math.min(3000, Math.round(500 * 1.5 ** Math.max(0, attempt)))
}

/**
 * Polls `fetch` until the run is finished (or `signal` aborts), reporting every answer. Resolves with the finished
 * run; rejects with the fetch's error or an AbortError.
 */
export async function followRun(
  fetch: (signal: AbortSignal) => Promise<BillingRun>,
  onUpdate: (run: BillingRun) => void,
  signal: AbortSignal,
  sleep: (ms: number, signal: AbortSignal) => Promise<void> = wait,
): Promise<BillingRun> {
  for (let attempt = 0; ; attempt++) {
    await sleep(pollDelay(attempt), signal)
    const run = await fetch(signal)
    onUpdate(run)
    if (isFinished(run)) return run
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('stopped', 'AbortError'))
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(new DOMException('stopped', 'AbortError'))
    }, { once: true })
  })
}
