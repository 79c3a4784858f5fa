/** The housing authority's supervisor console (住房保障主管部门). Supervision pages slot in as sections here. */
import { HomeFilled } from '@element-plus/icons-vue'
import { MAIN_SECTION, portalRegistry } from '@/app/registry'

portalRegistry
  .addShell({ audience: 'AUTHORITY', layout: () => import('@/shared/components/ConsoleLayout.vue'), home: 'authority-home' })
  .addPages({
    name: 'authority-home',
    path: '',
    audiences: ['AUTHORITY'],
    title: 'home.title',
    component: () => import('./AuthorityHomeView.vue'),
    menu: { section: MAIN_SECTION, order: 0, icon: HomeFilled },
  })
