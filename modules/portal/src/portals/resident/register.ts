/**
 * The resident portal (居民端), phone first. Tabs come from menu entries of audience RESIDENT: later capabilities
 * add household, lease, bills and repairs as pages with `menu: { section: MAIN_SECTION, order: 20…80 }`;
 * "我的" stays last (order 100).
 */
import { HomeFilled, UserFilled } from '@element-plus/icons-vue'
import { MAIN_SECTION, portalRegistry } from '@/app/registry'

portalRegistry
  .addShell({ audience: 'RESIDENT', layout: () => import('./ResidentLayout.vue'), home: 'resident-home' })
  .addPages(
    {
      name: 'resident-home',
      path: '',
      audiences: ['RESIDENT'],
      title: 'resident.home',
      permission: 'resident:portal',
      component: () => import('./ResidentHomeView.vue'),
      menu: { section: MAIN_SECTION, order: 0, icon: HomeFilled },
    },
    {
      name: 'resident-me',
      path: 'me',
      audiences: ['RESIDENT'],
      title: 'resident.me',
      component: () => import('./ResidentMeView.vue'),
      menu: { section: MAIN_SECTION, order: 100, icon: UserFilled },
    },
  )
