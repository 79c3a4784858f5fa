/**
 * Housing (issue 4, operators only): projects and buildings, units, the status board (房态图, R6.1c/R6.1d), the
 * one-room-one-archive (一房一档, R6.1b/R7.4a), import and export, the staff roster (R5.1d), and each project's
 * public service window (R5.1c) reachable without sign-in.
 */
import { Grid, Histogram, OfficeBuilding, Upload, UserFilled } from '@element-plus/icons-vue'
import { portalRegistry } from '@/app/registry'

portalRegistry
  .addSection({ id: 'housing', title: 'menu.sections.housing', order: 20 })
  .addPages(
    {
      name: 'housing-board',
      path: 'housing/board',
      audiences: ['OPERATOR'],
      title: 'housing.board.title',
      permission: ['project:read', 'unit:read'],
      component: () => import('./StatusBoardView.vue'),
      menu: { section: 'housing', order: 10, icon: Histogram },
    },
    {
      name: 'housing-projects',
      path: 'housing/projects',
      audiences: ['OPERATOR'],
      title: 'housing.project.listTitle',
      permission: 'project:read',
      component: () => import('./ProjectsView.vue'),
      menu: { section: 'housing', order: 20, icon: OfficeBuilding },
    },
    {
      name: 'housing-project',
      path: 'housing/projects/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'housing.project.detailTitle',
      permission: 'project:read',
      component: () => import('./ProjectDetailView.vue'),
      activeMenu: 'housing-projects',
    },
    {
      name: 'housing-units',
      path: 'housing/units',
      audiences: ['OPERATOR'],
      title: 'housing.unit.listTitle',
      permission: 'unit:read',
      component: () => import('./UnitsView.vue'),
      menu: { section: 'housing', order: 30, icon: Grid },
    },
    {
      name: 'housing-unit',
      path: 'housing/units/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'housing.archive.title',
      permission: 'unit:read',
      component: () => import('./UnitArchiveView.vue'),
      activeMenu: 'housing-units',
    },
    {
      name: 'housing-import',
      path: 'housing/import',
      audiences: ['OPERATOR'],
      title: 'housing.import.title',
      permission: 'unit:import',
      component: () => import('./ImportView.vue'),
      menu: { section: 'housing', order: 40, icon: Upload },
    },
    {
      name: 'housing-staff',
      path: 'housing/staff',
      audiences: ['OPERATOR'],
      title: 'housing.staff.title',
      permission: 'staff:read',
      component: () => import('./StaffView.vue'),
      menu: { section: 'housing', order: 50, icon: UserFilled },
    },
  )
  .addPublicPages(
    {
      name: 'public-service',
      path: 'service',
      title: 'housing.public.listTitle',
      component: () => import('./public/PublicServiceListView.vue'),
      kinds: ['OPERATOR'],
    },
    {
      name: 'public-service-project',
      path: 'service/:projectId(\\d+)',
      title: 'housing.public.title',
      component: () => import('./public/PublicServiceView.vue'),
      kinds: ['OPERATOR'],
    },
  )
