/**
 * Devices (issue 7, docs/api/devices.md). Staff console (operators), menu section 设备管理: the device registry with
 * registration approval, secrets shown once, events, commands and remote open (R8.1c); lock keys per unit with the
 * key log (R6.2a2, R6.3d); access records (R6.1a); device settings; and the broker connections with dead letters.
 * Resident portal (phone first): 门锁 — the household's keys, visitor codes (PIN shown once), door records and
 * remote open when the operator allows it. It is reached from the home page, not a sixth tab (five tabs at most).
 * Building systems (docs/api/opcua.md, P4): OPC UA gateways with their node maps and auto-map, and energy data.
 * Vendors (docs/api/vendor-api.md): the operator authorises vendors; the platform console keeps vendor accounts and keys.
 */
import { Connection, Cpu, DataLine, Key, Monitor, Setting, Shop, Tickets, Van } from '@element-plus/icons-vue'
import { portalRegistry } from '@/app/registry'

portalRegistry
  .addSection({ id: 'devices', title: 'menu.sections.devices', order: 50 })
  .addPages(
    {
      name: 'devices-registry',
      path: 'devices',
      audiences: ['OPERATOR'],
      title: 'devices.device.title',
      permission: 'device:read',
      component: () => import('./DevicesView.vue'),
      menu: { section: 'devices', order: 10, icon: Cpu },
    },
    {
      name: 'devices-device',
      path: 'devices/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'devices.device.detailTitle',
      permission: 'device:read',
      component: () => import('./DeviceDetailView.vue'),
      activeMenu: 'devices-registry',
    },
    {
      // 门锁授权 of one unit: ?unitId= (from the device, the unit archive or the picker on the page).
      name: 'devices-keys',
      path: 'devices/keys',
      audiences: ['OPERATOR'],
      title: 'devices.keys.title',
      permission: 'lock:credential',
      component: () => import('./UnitKeysView.vue'),
      menu: { section: 'devices', order: 20, icon: Key },
    },
    {
      name: 'devices-access',
      path: 'devices/access-records',
      audiences: ['OPERATOR'],
      title: 'devices.access.title',
      permission: 'access:read',
      component: () => import('./AccessRecordsView.vue'),
      menu: { section: 'devices', order: 30, icon: Tickets },
    },
    {
      name: 'devices-opcua',
      path: 'devices/opcua',
      audiences: ['OPERATOR'],
      title: 'devices.opcua.title',
      permission: 'opcua:read',
      component: () => import('./opcua/OpcuaView.vue'),
      menu: { section: 'devices', order: 40, icon: Connection },
    },
    {
      name: 'devices-opcua-endpoint',
      path: 'devices/opcua/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'devices.opcua.title',
      permission: 'opcua:read',
      component: () => import('./opcua/OpcuaEndpointView.vue'),
      activeMenu: 'devices-opcua',
    },
    {
      name: 'devices-meters',
      path: 'devices/meters',
      audiences: ['OPERATOR'],
      title: 'devices.opcua.meters.title',
      permission: 'opcua:read',
      component: () => import('./opcua/MetersView.vue'),
      menu: { section: 'devices', order: 50, icon: DataLine },
    },
    {
      name: 'devices-vendors',
      path: 'devices/vendors',
      audiences: ['OPERATOR'],
      title: 'devices.vendor.catalogueTitle',
      permission: 'vendor:read',
      component: () => import('./vendors/VendorCatalogueView.vue'),
      menu: { section: 'devices', order: 60, icon: Shop },
    },
    {
      name: 'devices-operations',
      path: 'devices/operations',
      audiences: ['OPERATOR'],
      title: 'devices.ops.title',
      permission: 'device:read',
      component: () => import('./OperationsView.vue'),
      menu: { section: 'devices', order: 80, icon: Monitor },
    },
    {
      name: 'devices-settings',
      path: 'devices/settings',
      audiences: ['OPERATOR'],
      title: 'devices.settings.title',
      // Everyone who sees devices may read the policy; changing it takes device:admin (the page says so).
      permission: 'device:read',
      component: () => import('./SettingsView.vue'),
      menu: { section: 'devices', order: 90, icon: Setting },
    },
    // Platform console (P7): vendor accounts and their API keys, in the platform section.
    {
      name: 'platform-vendors',
      path: 'vendors',
      audiences: ['PLATFORM'],
      title: 'devices.vendor.title',
      permission: 'platform:vendor:read',
      component: () => import('./vendors/PlatformVendorsView.vue'),
      menu: { section: 'platform', order: 30, icon: Van },
    },
    {
      name: 'platform-vendor',
      path: 'vendors/:code',
      audiences: ['PLATFORM'],
      title: 'devices.vendor.title',
      permission: 'platform:vendor:read',
      component: () => import('./vendors/PlatformVendorView.vue'),
      activeMenu: 'platform-vendors',
    },
    {
      name: 'resident-keys',
      path: 'my/keys',
      audiences: ['RESIDENT'],
      title: 'devices.resident.title',
      permission: 'resident:keys',
      component: () => import('./resident/MyKeysView.vue'),
      activeMenu: 'resident-home',
    },
  )
