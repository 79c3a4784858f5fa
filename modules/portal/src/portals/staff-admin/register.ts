/** Staff administration, the same pages in the operator and the authority consoles: users, roles, permissions. */
import { Key, User } from '@element-plus/icons-vue'
import { portalRegistry } from '@/app/registry'

portalRegistry
  .addSection({ id: 'admin', title: 'menu.sections.admin', order: 90 })
  .addPages(
    {
      name: 'staff-users',
      path: 'admin/users',
      audiences: ['OPERATOR', 'AUTHORITY'],
      title: 'user.listTitle',
      permission: 'user:read',
      component: () => import('./UsersView.vue'),
      menu: { section: 'admin', order: 10, icon: User },
    },
    {
      name: 'staff-user',
      path: 'admin/users/:id(\\d+)',
      audiences: ['OPERATOR', 'AUTHORITY'],
      title: 'user.detailTitle',
      permission: 'user:read',
      component: () => import('./UserDetailView.vue'),
      activeMenu: 'staff-users',
    },
    {
      name: 'staff-roles',
      path: 'admin/roles',
      audiences: ['OPERATOR', 'AUTHORITY'],
      title: 'role.listTitle',
      permission: 'role:read',
      component: () => import('./RolesView.vue'),
      menu: { section: 'admin', order: 20, icon: Key },
    },
  )
