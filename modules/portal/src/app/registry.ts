/**
 * The house every capability extends: a portal page is one entry (route name, path, audiences, permission,
 * title, menu placement). The router registers the pages of the signed-in user's audience; the menu shows those
 * whose permission the user holds (Shiro wildcard semantics), grouped in sections. See README "Adding a page".
 */
import type { Component } from 'vue'
import type { RouteComponent } from 'vue-router'
import { isPermittedAll } from './permissions'
import type { OrganizationKind } from './site'
import type { Audience, CurrentUser } from './types'

export type LazyComponent = () => Promise<RouteComponent | { default: RouteComponent }>

export interface MenuPlacement {
  /** A section id (see `addSection`); `main` shows the item at the top level. */
  section: string
  /** Position within the section, ascending. */
  order: number
  icon?: Component
}

export interface PortalPage {
  /** Route name, unique across portals. */
  name: string
  /** Path below the portal's root without a leading slash: '' is the home page, 'admin/users/:id' a detail page. */
  path: string
  audiences: readonly Audience[]
  /** i18n key of the page title (tab title, menu label, breadcrumb). */
  title: string
  /** The page; or `redirect` instead. */
  component?: RouteComponent | LazyComponent
  /** Route name to send the user to instead of showing a component (e.g. a portal root that shows a list). */
  redirect?: string
  /** Permission(s) the user must hold, all of them. None: every user of the audience. */
  permission?: string | readonly string[]
  /** In the menu (or the resident tab bar) when set. */
  menu?: MenuPlacement
  /** For pages not in the menu (details): the menu item to highlight. */
  activeMenu?: string
}

/**
 * A page anyone may open without signing in (e.g. a project's public service window), on the sites of the
 * organization kinds listed, branded like the login page. Registered at the site's root, before sign-in.
 */
export interface PublicPage {
  /** Route name, unique across portals. */
  name: string
  /** Path below the site's root without a leading slash: `service/:projectId`. */
  path: string
  /** i18n key of the page title. */
  title: string
  component: RouteComponent | LazyComponent
  kinds: readonly OrganizationKind[]
}

export interface MenuSection {
  id: string
  /** i18n key */
  title: string
  order: number
  icon?: Component
}

export interface PortalShell {
  audience: Audience
  /** The layout around the pages: console with side menu, or the phone layout with a tab bar. */
  layout: RouteComponent | LazyComponent
  /** Route name of the audience's home page. */
  home: string
}

export interface MenuItem {
  name: string
  title: string
  icon?: Component
}

export interface MenuGroup {
  /** null for top-level items (section `main`). */
  section: MenuSection | null
  items: MenuItem[]
}

export const MAIN_SECTION = 'main'

export class PortalRegistry {
  private readonly pages: PortalPage[] = []
  private readonly sections = new Map<string, MenuSection>()
  private readonly shells = new Map<Audience, PortalShell>()
  private readonly publicPages: PublicPage[] = []

  addShell(shell: PortalShell): this {
    this.shells.set(shell.audience, shell)
    return this
  }

  addSection(...sections: MenuSection[]): this {
    for (const s of sections) this.sections.set(s.id, s)
    return this
  }

  addPages(...pages: PortalPage[]): this {
    for (const page of pages) {
      if (this.pages.some((p) => p.name === page.name)) throw new Error(`portal page ${page.name} registered twice`)
      if (!page.component === !page.redirect) throw new Error(`portal page ${page.name}: give a component or a redirect`)
      if (page.menu && page.menu.section !== MAIN_SECTION && !this.sections.has(page.menu.section)) {
        throw new Error(`portal page ${page.name}: unknown menu section ${page.menu.section}`)
      }
      this.pages.push(page)
    }
    return this
  }

  addPublicPages(...pages: PublicPage[]): this {
    for (const page of pages) {
      if (this.publicPages.some((p) => p.name === page.name) || this.pages.some((p) => p.name === page.name)) {
        throw new Error(`portal page ${page.name} registered twice`)
      }
      this.publicPages.push(page)
    }
    return this
  }

  /** The pages without sign-in on a site of this organization kind. */
  publicPagesOf(kind: OrganizationKind): PublicPage[] {
    return this.publicPages.filter((p) => p.kinds.includes(kind))
  }

  shell(audience: Audience): PortalShell | undefined {
    return this.shells.get(audience)
  }

  /** Every page of an audience: the router registers them all, the guard checks the permission. */
  pagesOf(audience: Audience): PortalPage[] {
    return this.pages.filter((p) => p.audiences.includes(audience))
  }

  page(name: string): PortalPage | undefined {
    return this.pages.find((p) => p.name === name)
  }

  /** The pages this user may open: their audience's, with every permission the page asks for. */
  permittedPages(user: Pick<CurrentUser, 'audience' | 'permissions'>): PortalPage[] {
    return this.pagesOf(user.audience).filter((p) => isPermittedAll(user.permissions, p.permission))
  }

  /** The menu for this user: permitted pages with a menu placement, in sections, both ordered; empty sections dropped. */
  menuFor(user: Pick<CurrentUser, 'audience' | 'permissions'>): MenuGroup[] {
    const groups = new Map<string, MenuGroup>()
    const items = this.permittedPages(user)
      .filter((p) => p.menu)
      .sort((a, b) => a.menu!.order - b.menu!.order)
    for (const p of items) {
      const id = p.menu!.section
      if (!groups.has(id)) groups.set(id, { section: id === MAIN_SECTION ? null : this.sections.get(id)!, items: [] })
      groups.get(id)!.items.push({ name: p.name, title: p.title, icon: p.menu!.icon })
    }
    return [...groups.values()].sort((a, b) => (a.section?.order ?? -1) - (b.section?.order ?? -1))
  }

  /** The menu flattened, in order (the resident's bottom tab bar). */
  tabsFor(user: Pick<CurrentUser, 'audience' | 'permissions'>): MenuItem[] {
    return this.menuFor(user).flatMap((g) => g.items)
  }
}

/** The application's registry; each portal's `register.ts` adds to it. */
export const portalRegistry = new PortalRegistry()
