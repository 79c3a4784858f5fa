/**
 * HTML5-history routing below the site's base (`/o/acme/`, `/platform/` or `/`). Public routes: login, the
 * registry's public pages of the site's organization kind (a project's service window), and the chooser on the
 * platform's own host. After sign-in the pages of the user's audience are added below `/` inside
 * that audience's layout; the guard sends anonymous visitors to the login page with `?redirect=` and checks each
 * page's permission.
 */
import { watch } from 'vue'
import { createRouter, createWebHistory, type RouteLocationRaw, type Router, type RouteRecordRaw } from 'vue-router'
import { brand, documentTitle } from './branding'
import { i18n } from './i18n'
import { portalRegistry, type PortalRegistry } from './registry'
import { useSession } from './session'
import { safeRedirect, type Site } from './site'
import type { CurrentUser } from './types'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    title?: string
    public?: boolean
    permission?: string | readonly string[]
    /** Route name of the menu item to highlight. */
    activeMenu?: string
  }
}

let removePortal: (() => void) | null = null

/** Builds the route tree of the signed-in user's audience inside its layout; replaces a previous one. */
export function installPortal(router: Router, user: CurrentUser, registry: PortalRegistry = portalRegistry): boolean {
  uninstallPortal()
  const shell = registry.shell(user.audience)
  if (!shell) return false
  const children: RouteRecordRaw[] = registry.pagesOf(user.audience).map((p) => {
    const meta = { title: p.title, permission: p.permission, activeMenu: p.activeMenu ?? p.name }
    return p.redirect
      ? { path: p.path, name: p.name, redirect: { name: p.redirect }, meta }
      : { path: p.path, name: p.name, component: p.component!, meta }
  })
  removePortal = router.addRoute({ path: '/', component: shell.layout, children })
  return true
}

export function uninstallPortal(): void {
  removePortal?.()
  removePortal = null
}

/** The audience's home page, or where the login page was asked to go back to when that is a page of this user. */
export function afterSignIn(router: Router, user: CurrentUser, redirect: unknown): RouteLocationRaw {
  const home = portalRegistry.shell(user.audience)?.home
  const target = safeRedirect(redirect)
  if (target) {
    const resolved = router.resolve(target)
    if (resolved.name && resolved.name !== 'not-found') return target
  }
  return home ? { name: home } : { name: 'not-found' }
}

export function createPortalRouter(site: Site, registry: PortalRegistry = portalRegistry): Router {
  const publicPages: RouteRecordRaw[] = registry.publicPagesOf(site.kind).map((p) => ({
    path: `/${p.path}`,
    name: p.name,
    component: p.component,
    meta: { public: true, title: p.title },
  }))
  const routes: RouteRecordRaw[] =
    site.mode === 'chooser'
      ? [
          { path: '/', name: 'chooser', component: () => import('@/shared/views/ChooserView.vue'), meta: { public: true, title: 'chooser.title' } },
          { path: '/:pathMatch(.*)*', name: 'not-found', redirect: '/' },
        ]
      : [
          { path: '/login', name: 'login', component: () => import('@/shared/views/LoginView.vue'), meta: { public: true, title: 'login.title' } },
          ...publicPages,
          { path: '/forbidden', name: 'forbidden', component: () => import('@/shared/views/ForbiddenView.vue'), meta: { title: 'error.forbidden.title' } },
          { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/shared/views/NotFoundView.vue'), meta: { title: 'error.notFound.title' } },
        ]

  const router = createRouter({
    history: createWebHistory(site.base),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach((to) => {
    const session = useSession()
    if (to.meta.public) {
      if (to.name === 'login' && session.signedIn && session.user) return afterSignIn(router, session.user, to.query.redirect)
      return true
    }
    if (!session.signedIn) {
      return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } }
    }
    if (to.meta.permission && !session.canAll(to.meta.permission)) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  const updateTitle = () => {
    const key = router.currentRoute.value.meta.title
    document.title = documentTitle(key ? i18n.global.t(key) : null, brand.branding.displayName)
  }
  router.afterEach(updateTitle)
  watch(() => [i18n.global.locale.value, brand.branding.displayName], updateTitle)
  return router
}
