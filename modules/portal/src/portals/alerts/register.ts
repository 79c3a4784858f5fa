/**
 * Alerts (issue 8, docs/api/alerts.md). Staff console (operators), menu section 预警管理: the live alert center with
 * filters and export, one alert with its evidence, history and handling (确认, 派单入户核查, 办结, 忽略), the risk
 * indicators (R7.3d; also a card on the console home) and the operator's alert settings with 立即评估.
 * Notices link to `/alerts/<id>`: the detail page's path is that.
 */
import { DataAnalysis, Setting, Warning } from '@element-plus/icons-vue'
import { portalRegistry } from '@/app/registry'

portalRegistry
  .addSection({ id: 'alerts', title: 'menu.sections.alerts', order: 45 })
  .addPages(
    {
      name: 'alerts-center',
      path: 'alerts',
      audiences: ['OPERATOR'],
      title: 'alerts.center.title',
      permission: 'alert:read',
      component: () => import('./AlertsView.vue'),
      menu: { section: 'alerts', order: 10, icon: Warning },
    },
    {
      name: 'alerts-alert',
      path: 'alerts/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'alerts.detail.title',
      permission: 'alert:read',
      component: () => import('./AlertDetailView.vue'),
      activeMenu: 'alerts-center',
    },
    {
      name: 'alerts-indicators',
      path: 'alerts/indicators',
      audiences: ['OPERATOR'],
      title: 'alerts.indicators.title',
      permission: 'alert:read',
      component: () => import('./IndicatorsView.vue'),
      menu: { section: 'alerts', order: 20, icon: DataAnalysis },
    },
    {
      name: 'alerts-settings',
      path: 'alerts/settings',
      audiences: ['OPERATOR'],
      title: 'alerts.settings.title',
      // Everyone who sees alerts may read the thresholds; changing them and 立即评估 take alert:admin (the page says so).
      permission: 'alert:read',
      component: () => import('./SettingsView.vue'),
      menu: { section: 'alerts', order: 90, icon: Setting },
    },
  )
