/**
 * Live state without a reload (R6.1d): run a task now and then every `intervalMs`, never two at once (a slow answer is
 * not stacked on), skipped while the tab is hidden (nobody looks; the next visible tick catches up). Returns stop.
 */
export function startPolling(
  task: () => Promise<unknown>,
  intervalMs: number,
  isHidden: () => boolean = () => typeof document !== 'undefined' && document.hidden,
): () => void {
  let running = false
  let stopped = false
  const tick = async () => {
    if (running || stopped || isHidden()) return
    running = true
    try {
      await task()
    } catch {
      // The panel shows its own error; polling goes on.
    } finally {
      running = false
    }
  }
  void tick()
  const timer = setInterval(() => void tick(), intervalMs)
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
