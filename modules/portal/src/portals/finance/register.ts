/**
 * Finance (issue 6, docs/api/finance.md). Staff console (operators), menu section 财务管理: rent standards and
 * category rules with the yearly calculation (R6.4c), rent adjustments and their approval (R7.4d), billing runs and
 * bills (R6.4a), payments with counter payments and receipts (R6.4b, R4.3), the rent ledger and the monthly
 * collection report (R6.4c, R7.4d), arrears by age with dunning (R6.4d), bank direct debit batches (R6.4b), settings
 * (due day, dunning schedule, payment channels), each lease's account (deposit, mandate, dunning history), the daily
 * reconciliation, and corrections (write-off of a bill, reversal of a ledger entry; finance:approve).
 * Resident portal (phone first): 账单 (a tab, with the household's 催缴记录), a bill, the sandbox cashier at the
 * order's payUrl, the result with the receipt, and 缴费记录.
 */
import { Bell, Coin, CreditCard, Document, DocumentChecked, Finished, Notebook, PriceTag, Setting, Stamp, Wallet } from '@element-plus/icons-vue'
import { MAIN_SECTION, portalRegistry } from '@/app/registry'

portalRegistry
  .addSection({ id: 'finance', title: 'menu.sections.finance', order: 40 })
  .addPages(
    {
      name: 'finance-rent-standards',
      path: 'finance/rent-standards',
      audiences: ['OPERATOR'],
      title: 'finance.standard.title',
      permission: 'finance:read',
      component: () => import('./RentStandardsView.vue'),
      menu: { section: 'finance', order: 10, icon: PriceTag },
    },
    {
      name: 'finance-adjustments',
      path: 'finance/adjustments',
      audiences: ['OPERATOR'],
      title: 'finance.adjustment.title',
      permission: 'finance:read',
      component: () => import('./AdjustmentsView.vue'),
      menu: { section: 'finance', order: 20, icon: Stamp },
    },
    {
      name: 'finance-billing-runs',
      path: 'finance/billing-runs',
      audiences: ['OPERATOR'],
      title: 'finance.run.title',
      permission: 'finance:read',
      component: () => import('./BillingRunsView.vue'),
      menu: { section: 'finance', order: 30, icon: Finished },
    },
    {
      name: 'finance-bills',
      path: 'finance/bills',
      audiences: ['OPERATOR'],
      title: 'finance.bill.title',
      permission: 'finance:read',
      component: () => import('./BillsView.vue'),
      menu: { section: 'finance', order: 40, icon: Document },
    },
    {
      name: 'finance-bill',
      path: 'finance/bills/:id(\\d+)',
      audiences: ['OPERATOR'],
      title: 'finance.bill.detailTitle',
      permission: 'finance:read',
      component: () => import('./BillDetailView.vue'),
      activeMenu: 'finance-bills',
    },
    {
      name: 'finance-payments',
      path: 'finance/payments',
      audiences: ['OPERATOR'],
      title: 'finance.payment.title',
      permission: 'finance:read',
      component: () => import('./PaymentsView.vue'),
      menu: { section: 'finance', order: 50, icon: Wallet },
    },
    {
      name: 'finance-ledger',
      path: 'finance/ledger',
      audiences: ['OPERATOR'],
      title: 'finance.ledger.title',
      permission: 'finance:read',
      component: () => import('./LedgerView.vue'),
      menu: { section: 'finance', order: 60, icon: Notebook },
    },
    {
      // 日对账: one day's channels against the ledger, the roll-forward, callbacks and discrepancies (?date=YYYY-MM-DD).
      name: 'finance-reconciliation',
      path: 'finance/reconciliation',
      audiences: ['OPERATOR'],
      title: 'finance.reconciliation.title',
      permission: 'finance:read',
      component: () => import('./ReconciliationView.vue'),
      menu: { section: 'finance', order: 65, icon: DocumentChecked },
    },
    {
      name: 'finance-arrears',
      path: 'finance/arrears',
      audiences: ['OPERATOR'],
      title: 'finance.arrears.title',
      permission: 'finance:read',
      component: () => import('./ArrearsView.vue'),
      menu: { section: 'finance', order: 70, icon: Bell },
    },
    {
      name: 'finance-direct-debit',
      path: 'finance/direct-debit',
      audiences: ['OPERATOR'],
      title: 'finance.debit.title',
      permission: 'finance:read',
      component: () => import('./DirectDebitView.vue'),
      menu: { section: 'finance', order: 80, icon: CreditCard },
    },
    {
      name: 'finance-settings',
      path: 'finance/settings',
      audiences: ['OPERATOR'],
      title: 'finance.settings.title',
      permission: 'finance:admin',
      component: () => import('./SettingsView.vue'),
      menu: { section: 'finance', order: 90, icon: Setting },
    },
    {
      name: 'finance-account',
      path: 'finance/accounts/:leaseId(\\d+)',
      audiences: ['OPERATOR'],
      title: 'finance.account.title',
      permission: 'finance:read',
      component: () => import('./AccountView.vue'),
      activeMenu: 'finance-bills',
    },
    // Resident portal: 账单 is the fourth of five tabs (首页, 我的家庭, 我的合同, 账单, 我的); 申请 moved into 我的合同.
    {
      name: 'resident-bills',
      path: 'my/bills',
      audiences: ['RESIDENT'],
      title: 'finance.resident.tabs.bills',
      permission: 'resident:pay',
      component: () => import('./resident/MyBillsView.vue'),
      menu: { section: MAIN_SECTION, order: 40, icon: Coin },
    },
    {
      name: 'resident-bill',
      path: 'my/bills/:id(\\d+)',
      audiences: ['RESIDENT'],
      title: 'finance.resident.bills.bill',
      permission: 'resident:pay',
      component: () => import('./resident/MyBillView.vue'),
      activeMenu: 'resident-bills',
    },
    {
      // The order's payUrl (`/o/<code>/pay/<orderNo>`, as POST /my/payments answers it): the sandbox cashier.
      name: 'resident-pay',
      path: 'pay/:orderNo',
      audiences: ['RESIDENT'],
      title: 'finance.cashier.title',
      permission: 'resident:pay',
      component: () => import('./resident/CashierView.vue'),
      activeMenu: 'resident-bills',
    },
    {
      name: 'resident-payments',
      path: 'my/payments',
      audiences: ['RESIDENT'],
      title: 'finance.resident.payments.title',
      permission: 'resident:pay',
      component: () => import('./resident/MyPaymentsView.vue'),
      activeMenu: 'resident-bills',
    },
    {
      name: 'resident-payment',
      path: 'my/payments/:orderNo',
      audiences: ['RESIDENT'],
      title: 'finance.resident.payments.payment',
      permission: 'resident:pay',
      component: () => import('./resident/MyPaymentView.vue'),
      activeMenu: 'resident-bills',
    },
  )

