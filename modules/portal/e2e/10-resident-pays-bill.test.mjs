// Scenario 10 (issue 6): a resident pays a bill on a 375 px phone through the sandbox channel and sees 支付成功 with
// the receipt number; staff then find the payment in the rent ledger (租金台账) and the bill paid.
//
// Set up through the API (fixtures.mjs): an ACTIVE lease of this run's own, signed by the resident, its finance account
// open, and the current month billed. The resident's password is reset to a temporary one, so on the phone they must
// change it first.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, DEMO, RUN, login, phone, scenario, signIn, horizontalOverflow, settle } from './support.mjs'
import { activeLeaseFixture, billPeriod, expectStatus, re, residentId, todayInShanghai, yuan } from './fixtures.mjs'

const RESIDENT = {
  name: '赵春兰',
  idNumber: residentId(),
  phone: `137${String(Date.now()).slice(-8)}`,
  username: `zhao.cl.${RUN}`,
  first: 'Temp2026pass',
  signing: 'Sign2026zhao',
  temporary: 'Temp2026again',
  password: 'Zhao2026cl',
}

test('a resident pays a bill on a phone through the sandbox cashier and sees the receipt; the staff ledger shows it', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const period = todayInShanghai().slice(0, 7)
  const { lease, account, call } = await activeLeaseFixture(token, org, { name: `缴费测试-${RUN}`, resident: RESIDENT })
  const opened = expectStatus(await call('GET', `/finance/accounts/${lease.id}`), 200, 'finance account')
  assert.equal(opened.active, true, 'check-in opened the finance account')
  assert.equal(Number(opened.monthlyRent), 860)

  // This month's billing run (idempotent per lease and period: other leases billed before get nothing new).
  await billPeriod(call, period)
  const bills = expectStatus(await call('GET', `/bills?leaseId=${lease.id}&period=${period}`), 200, 'bills')
  assert.equal(bills.total, 1, 'one bill for the lease and period')
  const bill = bills.items[0]
  assert.equal(bill.status, 'OPEN')
  assert.ok(Number(bill.amount) > 0 && bill.lines.some((l) => l.category === 'RENT'), JSON.stringify(bill))

  // The phone must ask for a new password again (a temporary one, as staff hand it out).
  expectStatus(await call('POST', `/users/${account.userId}/reset-password`, { password: RESIDENT.temporary }), 200, 'reset password')

  let receiptNo = ''
  await scenario(
    '10-resident-pays-bill',
    null,
    async (page) => {
      await page.goto(`${BASE_URL}/o/${org}/login`)
      await page.getByLabel('用户名').fill(RESIDENT.username)
      await page.getByLabel('密码', { exact: true }).fill(RESIDENT.temporary)
      await page.getByTestId('login-submit').click()
      const gate = page.getByTestId('forced-password')
      await gate.getByText('请先修改密码').waitFor()
      await gate.locator('input[autocomplete="current-password"]').fill(RESIDENT.temporary)
      await gate.locator('input[autocomplete="new-password"]').nth(0).fill(RESIDENT.password)
      await gate.locator('input[autocomplete="new-password"]').nth(1).fill(RESIDENT.password)
      await page.getByTestId('password-submit').click()
      await page.getByText('密码已修改').waitFor()
      await gate.waitFor({ state: 'hidden' })

      // 账单 is a tab of its own; what is owed and the bill waiting to be paid (ticked already).
      const tabs = page.getByTestId('resident-tabs')
      assert.deepEqual(await tabs.locator('a').allInnerTexts(), ['首页', '我的家庭', '我的合同', '账单', '我的'])
      await tabs.getByText('账单', { exact: true }).tap()
      await page.waitForURL(new RegExp(`/o/${org}/my/bills$`), { waitUntil: 'commit' })
      await page.getByRole('heading', { name: '我的账单' }).waitFor()
      const card = page.locator(`li[data-bill="${bill.id}"]`)
      await card.waitFor()
      assert.match(await card.innerText(), new RegExp(`待缴[\\s\\S]*${re(yuan(bill.outstanding))}`))
      assert.equal(await page.getByTestId('bills-summary').locator('[data-role="outstanding"]').innerText(), yuan(bill.outstanding))
      assert.equal(await page.getByTestId(`choose-${bill.id}`).locator('input').isChecked(), true, 'the unpaid bill is ticked')
      assert.equal(await page.getByTestId('paybar').locator('[data-role="total"]').innerText(), yuan(bill.outstanding))
      assert.equal(await horizontalOverflow(page), 0, 'the bills page scrolls sideways')
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
      await settle(page)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/10-resident-pays-bill-bills.png` })

      // 去缴费: the order opens the sandbox cashier at its payUrl (/o/<code>/pay/<orderNo>).
      await page.getByTestId('pay-selected').tap()
      await page.waitForURL(new RegExp(`/o/${org}/pay/[^/]+$`), { waitUntil: 'commit' })
      const cashier = page.getByTestId('cashier')
      await cashier.getByText('沙箱收银台').waitFor()
      assert.equal(await page.getByTestId('cashier-amount').innerText(), yuan(bill.outstanding))
      const orderNo = (await page.getByTestId('cashier-order').innerText()).trim()
      assert.ok(orderNo.length > 8, `order number ${orderNo}`)
      assert.equal(await horizontalOverflow(page), 0, 'the cashier scrolls sideways')
      await settle(page)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/10-resident-pays-bill-cashier.png` })

      // 确认支付: the channel notifies the platform (signed); the result says 支付成功 with the receipt number.
      await page.getByTestId('cashier-confirm').tap()
      await page.getByText('支付成功').first().waitFor({ timeout: 30_000 })
      receiptNo = (await page.getByTestId('receipt-no').innerText()).trim()
      assert.match(receiptNo, /^R\S{6,}$/)
      assert.equal(await page.getByTestId('result-amount').innerText(), yuan(bill.outstanding))
      await page.getByTestId('allocations').getByText(bill.number).waitFor()

      // The electronic receipt downloads as a PDF.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('receipt-pdf').tap()])
      assert.match(download.suggestedFilename(), /\.pdf$/)
      assert.equal(await horizontalOverflow(page), 0, 'the result page scrolls sideways')
      // The screenshot shows the result at rest: the download notice gone.
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
      await page.evaluate(() => window.scrollTo(0, 0))
    },
    phone(),
  )

  // The server agrees: the bill is paid, and the ledger has one PAYMENT entry for it.
  const paid = expectStatus(await call('GET', `/bills/${bill.id}`), 200, 'bill')
  assert.equal(paid.status, 'PAID')
  const ledger = expectStatus(await call('GET', `/ledger?leaseId=${lease.id}`), 200, 'ledger')
  const payments = ledger.filter((e) => e.kind === 'PAYMENT')
  assert.equal(payments.length, 1, JSON.stringify(ledger))
  assert.equal(Number(payments[0].amount), -Number(bill.amount))

  // Staff on a desktop: from the lease to its finance account, then the rent ledger shows the payment.
  await scenario('10-resident-pays-bill-ledger', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, `/leasing/leases/${lease.id}`)
    await page.getByTestId('lease-finance-account').click()
    await page.waitForURL(new RegExp(`/o/${org}/finance/accounts/${lease.id}$`), { waitUntil: 'commit' })
    const account = page.getByTestId('finance-account')
    await account.locator('[data-role="balance"]').filter({ hasText: '已结清' }).waitFor()
    await page.getByTestId('account-bills').getByText('已缴清').waitFor()
    await page.getByTestId('account-payments').getByText(receiptNo).waitFor()

    await account.getByRole('button', { name: '租金台账' }).click()
    await page.waitForURL(new RegExp(`/o/${org}/finance/ledger\\?leaseId=${lease.id}$`), { waitUntil: 'commit' })
    const table = page.getByTestId('ledger-table')
    const paymentRow = table.locator('tr').filter({ has: page.locator('[data-enum="ledgerKind"][data-value="PAYMENT"]') })
    await paymentRow.waitFor()
    assert.match(await paymentRow.innerText(), new RegExp(`收款[\\s\\S]*${re(payments[0].memo)}[\\s\\S]*−${re(yuan(bill.amount))}`))
    await table.locator('[data-enum="ledgerKind"][data-value="CHARGE"]').first().waitFor()
    await page.getByTestId('ledger-totals').locator('[data-role="balance"]').filter({ hasText: '¥0.00' }).waitFor()
  })
})
