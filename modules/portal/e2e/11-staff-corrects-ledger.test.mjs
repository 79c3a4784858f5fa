// Scenario 11 (issue 6): finance staff put mistakes right without changing a posted entry. On a desktop, the
// operator's admin (who holds finance:approve) writes off a bill from its page (核销, with a reason), then in the rent
// ledger (租金台账) reverses that write-off and a counter payment entered in error (冲正): each reversal is a new entry
// and the reversed ones are marked 已冲正. The day's reconciliation (日对账) then shows the counter channel matched
// to the ledger and the day 平 (balanced).
//
// Set up through the API (fixtures.mjs): an ACTIVE lease of this run's own, this month billed, and a counter payment
// of ¥100.00 against it.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, DEMO, RUN, login, scenario, settle, signIn } from './support.mjs'
import { activeLeaseFixture, billPeriod, expectStatus, newResident, todayInShanghai, yuan } from './fixtures.mjs'

test('staff write off a bill, reverse the write-off and a mistaken counter payment, and the day reconciles', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const today = todayInShanghai()
  const { lease, call } = await activeLeaseFixture(token, org, {
    name: `冲正测试-${RUN}`,
    resident: newResident('钱冬梅', 'qian.dm', '6'),
  })
  await billPeriod(call, today.slice(0, 7))
  const bill = expectStatus(await call('GET', `/bills?leaseId=${lease.id}&period=${today.slice(0, 7)}`), 200, 'bills').items[0]
  const receiptNo = `E2E-${RUN}`
  expectStatus(await call('POST', '/payments/counter', { leaseId: lease.id, amount: 100, method: 'CASH', receiptNo }), 201, 'counter payment')

  await scenario('11-staff-corrects-ledger', null, async (page) => {
    // 核销 on the bill's page: the reason is required; the bill then shows 已核销.
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, `/finance/bills/${bill.id}`)
    const detail = page.getByTestId('bill-detail')
    await detail.locator('[data-role="bill-status"][data-status="PARTIAL"]').waitFor()
    await page.getByTestId('bill-write-off').click()
    const dialog = page.getByTestId('write-off-dialog')
    await dialog.waitFor()
    await page.getByTestId('write-off-confirm').click()
    await dialog.getByText('请填写').first().waitFor()
    await page.getByTestId('write-off-reason').fill('承租人失联超过两年，经审批核销')
    await page.getByTestId('write-off-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    const status = detail.locator('[data-role="bill-status"][data-status="WRITTEN_OFF"]')
    await status.waitFor()
    assert.equal((await status.innerText()).trim(), '已核销')

    // The rent ledger of the lease: the write-off is an entry of its own; 冲正 it.
    const ledger = expectStatus(await call('GET', `/ledger?leaseId=${lease.id}`), 200, 'ledger')
    const writeOff = ledger.find((e) => e.kind === 'WRITE_OFF')
    const payment = ledger.find((e) => e.kind === 'PAYMENT')
    assert.ok(writeOff && payment, JSON.stringify(ledger))
    assert.equal(Number(writeOff.amount), -(Number(bill.amount) - 100))
    await page.goto(`${BASE_URL}/o/${org}/finance/ledger?leaseId=${lease.id}`)
    const table = page.getByTestId('ledger-table')
    await table.locator('[data-enum="ledgerKind"][data-value="WRITE_OFF"]').first().waitFor()
    for (const [entry, why] of [[writeOff, '找到承租人，恢复追缴'], [payment, '收款录入错误，现金未入账']]) {
      await page.locator(`[data-testid="ledger-reverse"][data-entry="${entry.id}"]`).click()
      await page.getByTestId('reversal-dialog').waitFor()
      await page.getByTestId('reversal-reason').fill(why)
      await page.getByTestId('reversal-confirm').click()
      await page.getByTestId('reversal-dialog').waitFor({ state: 'hidden' })
      await page.locator(`[data-testid="ledger-reversed"][data-entry="${entry.id}"]`).waitFor()
      assert.equal(await page.locator(`[data-testid="ledger-reverse"][data-entry="${entry.id}"]`).count(), 0, 'reversed once')
    }
    assert.equal(await table.locator('[data-enum="ledgerKind"][data-value="REVERSAL"]').count(), 2)
    // Nothing paid, nothing written off: the lease owes the whole bill again.
    await page.getByTestId('ledger-totals').locator('[data-role="balance"]').filter({ hasText: yuan(bill.amount) }).waitFor()
    await settle(page)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/11-staff-corrects-ledger-ledger.png` })

    // 日对账 of today: the counter channel took ¥100 and the ledger posted ¥100 for it (reversed later the same day).
    await page.goto(`${BASE_URL}/o/${org}/finance/reconciliation?date=${today}`)
    const report = page.getByTestId('reconciliation')
    await report.waitFor()
    const badge = page.getByTestId('reconciliation-balanced')
    await badge.waitFor()
    assert.equal(await badge.getAttribute('data-balanced'), 'true', await report.innerText())
    assert.equal((await badge.innerText()).trim(), '平')
    const counter = page.getByTestId('reconciliation-channels').locator('tr').filter({ hasText: '柜台' })
    await counter.waitFor()
    assert.match(await counter.innerText(), /一致/)
    await settle(page)
  })

  // The server agrees: the bill owes all again, the payment is REVERSED, and no posted entry changed.
  const after = expectStatus(await call('GET', `/bills/${bill.id}`), 200, 'bill')
  assert.equal(after.status, 'OPEN')
  const entries = expectStatus(await call('GET', `/ledger?leaseId=${lease.id}`), 200, 'ledger')
  assert.deepEqual(entries.map((e) => e.kind).sort(), ['CHARGE', 'PAYMENT', 'REVERSAL', 'REVERSAL', 'WRITE_OFF'])
  const payments = expectStatus(await call('GET', `/payments?leaseId=${lease.id}`), 200, 'payments')
  assert.equal(payments.items[0].status, 'REVERSED')
})
