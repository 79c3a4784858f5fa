/** The platform console: provisioning and supervision of operators and authorities (P7). */
import { OfficeBuilding } from '@element-plus/icons-vue'
import { portalRegistry } from '@/app/registry'

portalRegistry
  .addShell({ audience: 'PLATFORM', layout: () => import('@/shared/components/ConsoleLayout.vue'), home: 'platform-organizations' })
  .addSection({ id: 'platform', title: 'menu.sections.platform', order: 10 })
  .addPages(
    {
      name: 'platform-home',
      path: '',
      audiences: ['PLATFORM'],
      title: 'platform.organizations.title',
      redirect: 'platform-organizations',
    },
    {
      name: 'platform-organizations',
      path: 'organizations',
      audiences: ['PLATFORM'],
      title: 'platform.organizations.title',
      permission: 'platform:organization:read',
      component: () => import('./OrganizationsView.vue'),
      menu: { section: 'platform', order: 10, icon: OfficeBuilding },
    },
    {
      name: 'platform-organization-new',
      path: 'organizations/new',
      audiences: ['PLATFORM'],
      title: 'platform.create.title',
      permission: 'platform:organization:create',
      component: () => import('./OrganizationCreateView.vue'),
      activeMenu: 'platform-organizations',
    },
    {
      name: 'platform-organization',
      path: 'organizations/:code',
      audiences: ['PLATFORM'],
      title: 'platform.detail.title',
      permission: 'platform:organization:read',
      component: () => import('./OrganizationDetailView.vue'),
      activeMenu: 'platform-organizations',
    },
    {
      name: 'platform-organization-branding',
      path: 'organizations/:code/branding',
      audiences: ['PLATFORM'],
      title: 'platform.branding.pageTitle',
      permission: ['platform:organization:read', 'platform:organization:brand'],
      component: () => import('./BrandingEditView.vue'),
      activeMenu: 'platform-organizations',
    },
  )
