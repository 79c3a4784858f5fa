/** The operator's staff console (运营单位工作台). Later capabilities (housing, leasing, finance…) add sections here. */
import { HomeFilled } from '@element-plus/icons-vue'
import { MAIN_SECTION, portalRegistry } from '@/app/registry'

portalRegistry
  .addShell({ audience: 'OPERATOR', layout: () => import('@/shared/components/ConsoleLayout.vue'), home: 'operator-home' })
  .addPages({
    name: 'operator-home',
    path: '',
    audiences: ['OPERATOR'],
    title: 'home.title',
    component: () => import('./OperatorHomeView.vue'),
    menu: { section: MAIN_SECTION, order: 0, icon: HomeFilled },
  })
