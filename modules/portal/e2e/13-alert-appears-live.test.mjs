// Scenario 13 (issue 8): staff have the alert center (预警中心) open; a lease ending in 20 days is activated through the
// API, which opens a CONTRACT_EXPIRY alert (docs/api/alerts.md: the activation drives the expiry rule for its lease);
// the new row appears without a reload (the server pushes an `alert` event, or a `notice` of category alert, on the
// page's one live stream), highlighted; staff open it and acknowledge it (确认) in its page.
//
// Set up through the API (fixtures.mjs): an ACTIVE lease of this run's own, whose end is 20 days from today.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { DEMO, RUN, SCREENSHOT_DIR, eventually, login, scenario, settle, signIn } from './support.mjs'
import { activeLeaseFixture, expectStatus, newResident, todayInShanghai } from './fixtures.mjs'

/** `YYYY-MM-DD` n days after today in Beijing. */
function daysFromToday(n) {
  const [y, m, d] = todayInShanghai().split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

test('a new alert appears live in the open alert center, and staff acknowledge it', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const resident = newResident('周晓梅', 'zhou.xm', '8')

  await scenario('13-alert-appears-live', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, '/alerts?type=CONTRACT_EXPIRY')
    await page.getByRole('heading', { name: '预警中心' }).waitFor()
    await page.getByTestId('severity-legend').waitFor()
    // 实时: the page's live stream is up before anything happens.
    await page.locator('[data-testid="alerts-live"][data-live="up"]').waitFor({ timeout: 20_000 })
    await settle(page)
    // A mark on this very document: a reload would lose it.
    await page.evaluate((mark) => {
      window.__anjuNoReload = mark
    }, RUN)

    // Meanwhile, elsewhere: a lease ending in 20 days becomes ACTIVE (check-in) → a CONTRACT_EXPIRY alert.
    const { lease, call } = await activeLeaseFixture(token, org, {
      name: `预警测试-${RUN}`,
      room: '301',
      resident,
      endDate: daysFromToday(20),
    })
    const alert = await eventually(async () => {
      const page1 = expectStatus(await call('GET', `/alerts?type=CONTRACT_EXPIRY&subjectId=${lease.id}`), 200, 'alerts')
      assert.equal(page1.items.length, 1, 'one expiry alert for the lease')
      return page1.items[0]
    }, 30_000)
    assert.equal(alert.status, 'OPEN')
    assert.match(alert.explanation, new RegExp(lease.number))

    // The row appears by itself, highlighted, in the page that was open all along.
    const row = page.locator('[data-testid="alerts-table"] tr.alert-row').filter({ has: page.locator(`[data-alert-id="${alert.id}"]`) })
    await row.waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="alerts-table"] tr.alert-row.is-fresh').filter({ has: page.locator(`[data-alert-id="${alert.id}"]`) }).waitFor({ timeout: 5_000 })
    assert.match(await row.innerText(), new RegExp(lease.number), 'the row explains the alert in words')
    assert.match(await row.innerText(), /合同到期/)
    assert.equal(await page.evaluate(() => window.__anjuNoReload), RUN, 'the page was not reloaded')
    await page.screenshot({ path: join(SCREENSHOT_DIR, '13-alert-row-live.png') })

    // Open it and acknowledge it: 确认 → the dialog → 提交; the status and the history say so.
    await row.locator(`[data-alert-id="${alert.id}"]`).click()
    await page.waitForURL(new RegExp(`/o/${org}/alerts/${alert.id}$`), { waitUntil: 'commit' })
    const detail = page.getByTestId('alert-detail')
    await detail.locator('[data-testid="alert-status"][data-status="OPEN"]').waitFor()
    assert.match(await page.getByTestId('alert-explanation').innerText(), new RegExp(lease.number))
    await page.getByTestId('alert-evidence').waitFor()
    await page.getByTestId('alert-acknowledge').click()
    const dialog = page.getByTestId('alert-acknowledge-dialog')
    await dialog.waitFor()
    await page.getByTestId('alert-note').fill('已电话联系承租人，提醒办理续租')
    await page.getByTestId('alert-action-submit').click()
    await dialog.waitFor({ state: 'hidden' })
    await detail.locator('[data-testid="alert-status"][data-status="ACKNOWLEDGED"]').waitFor()
    await page.getByTestId('alert-history').locator('[data-action="ACKNOWLEDGED"]').waitFor()
    // Acknowledged: 确认 is gone, 派单入户核查 and 办结 are offered.
    assert.equal(await page.getByTestId('alert-acknowledge').count(), 0)
    await page.getByTestId('alert-dispatch').waitFor()
    await page.getByTestId('alert-resolve').waitFor()
    await settle(page)
    await page.screenshot({ path: join(SCREENSHOT_DIR, '13-alert-acknowledged.png'), fullPage: true })

    const after = expectStatus(await call('GET', `/alerts/${alert.id}`), 200, 'alert')
    assert.equal(after.alert.status, 'ACKNOWLEDGED')
    assert.ok(after.history.some((h) => h.action === 'ACKNOWLEDGED' && h.note === '已电话联系承租人，提醒办理续租'), JSON.stringify(after.history))
  })
})
