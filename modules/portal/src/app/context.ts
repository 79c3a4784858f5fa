/** The site this page was started for (decided once at start-up, see site.ts). */
import type { Site } from './site'

let current: Site | null = null

export function setSite(site: Site): void {
  current = site
}

export function useSite(): Site {
  if (!current) throw new Error('site not resolved yet')
  return current
}
