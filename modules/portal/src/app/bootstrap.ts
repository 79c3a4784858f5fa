/**
 * Start-up: which organization (site.ts), its branding (before anything is shown, so even the login page is
 * white-labelled), the stored session, the routes of the user's audience; then the app is mounted.
 */
import { createApp, type Component } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import App from '@/App.vue'
import StartupErrorView from '@/shared/views/StartupErrorView.vue'
import { configureApi } from './api'
import { applyBranding, fetchBranding } from './branding'
import { setSite } from './context'
import { currentLocale, i18n, setLocale } from './i18n'
import { ApiError, isApiError, type Problem } from './problem'
import { createPortalRouter, installPortal, uninstallPortal } from './router'
import { useSession, sessionStorageKey } from './session'
import { PLATFORM_CODE, resolveSite, resolveSiteRequest } from './site'
import '@/portals'

function fallbackProblem(kind: 'network' | 'http', status: number): Problem {
  const t = i18n.global.t
  return kind === 'network'
    ? { status: 0, code: 'network', title: t('problem.network.title'), detail: t('problem.network.detail') }
    : { status, code: `http-${status}`, title: t('problem.http.title', { status }), detail: t('problem.http.detail') }
}

export async function bootstrap(mountPoint: string): Promise<void> {
  setLocale(currentLocale())
  const request = resolveSiteRequest(window.location)
  let organization = request.brandingCode ?? PLATFORM_CODE
  let onSessionEnded: () => void = () => {}
  configureApi({
    organization: () => organization,
    token: () => useSession().token,
    language: () => currentLocale(),
    sessionEnded: () => onSessionEnded(),
    fallbackProblem,
  })

  const pinia = createPinia()
  setActivePinia(pinia)

  let branding
  try {
    branding = await fetchBranding(request.brandingCode)
  } catch (e) {
    if (!isApiError(e)) console.error('branding could not be loaded', e)
    const error = isApiError(e) ? e : new ApiError(fallbackProblem('network', 0), currentLocale())
    const app = createApp(StartupErrorView as Component, { error, code: request.brandingCode })
    app.use(i18n)
    app.mount(mountPoint)
    return
  }

  const site = resolveSite(request, branding)
  organization = site.code
  setSite(site)
  applyBranding(branding)

  const app = createApp(App)
  app.use(pinia)
  app.use(i18n)
  const session = useSession()
  if (site.mode !== 'chooser') await session.restore(site.code)

  const router = createPortalRouter(site)
  if (session.user) installPortal(router, session.user)

  onSessionEnded = () => session.expire()
  session.onSessionExpired(() => {
    uninstallPortal()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.replace({ name: 'login', query: current.fullPath === '/' ? {} : { redirect: current.fullPath } })
    }
  })
  window.addEventListener('storage', (event) => {
    if (event.key === sessionStorageKey(site.code)) session.syncFromStorage()
  })

  app.use(router)
  await router.isReady()
  app.mount(mountPoint)
}
