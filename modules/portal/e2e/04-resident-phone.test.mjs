// Scenario 4: the resident layout renders without horizontal scrolling at 375 × 667.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ACME, ACME_RESIDENT, BASE_URL, api, horizontalOverflow, login, rgb, scenario } from './support.mjs'

const PHONE = { width: 375, height: 667 }

test('the resident layout renders without horizontal scrolling at 375 × 667', async () => {
  // A resident of acme: an operator user holding only the built-in role `resident`.
  const token = await login(ACME.code, ACME.admin.username, ACME.admin.password)
  const created = await api('POST', '/users', {
    token,
    organization: ACME.code,
    body: { username: ACME_RESIDENT.username, displayName: ACME_RESIDENT.displayName, password: ACME_RESIDENT.password, roles: ['resident'] },
  })
  assert.equal(created.status, 201, JSON.stringify(created.json))

  await scenario('04-resident-phone', PHONE, async (page) => {
    await page.goto(`${BASE_URL}/o/${ACME.code}/login`)
    await page.getByTestId('brand-name').filter({ hasText: ACME.displayName }).waitFor()
    assert.ok((await horizontalOverflow(page)) <= 0, 'login page scrolls sideways')

    await page.getByLabel('用户名').fill(ACME_RESIDENT.username)
    await page.getByLabel('密码', { exact: true }).fill(ACME_RESIDENT.password)
    await page.getByTestId('login-submit').click()

    // The resident portal: acme's brand bar, a greeting, a bottom tab bar; no staff menu.
    await page.getByTestId('resident-name').filter({ hasText: ACME_RESIDENT.displayName }).waitFor()
    assert.equal(await page.getByTestId('brand-bar').evaluate((el) => getComputedStyle(el).backgroundColor), rgb(ACME.primaryColor))
    assert.equal(await page.getByTestId('side-menu').count(), 0)
    const tabs = page.getByTestId('resident-tabs')
    // Home, the leasing tabs every resident holds (resident:lease), bills (resident:pay) and "我的" last: five in all
    // on a phone (applications are reached from 我的合同).
    assert.deepEqual(await tabs.locator('a').allInnerTexts(), ['首页', '我的家庭', '我的合同', '账单', '我的'])
    const box = await tabs.boundingBox()
    assert.ok(box && box.y + box.height <= PHONE.height + 0.5 && box.width <= PHONE.width, `tab bar at ${JSON.stringify(box)}`)
    assert.ok((await horizontalOverflow(page)) <= 0, 'resident home scrolls sideways')
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/04-resident-phone-home.png` })

    // "我的": profile, language, sign-out, all within the phone's width.
    await tabs.getByText('我的', { exact: true }).click()
    await page.waitForURL(new RegExp(`/o/${ACME.code}/me$`), { waitUntil: 'commit' })
    await page.getByText(`账号：${ACME_RESIDENT.username}`).waitFor()
    await page.getByTestId('logout').waitFor()
    assert.ok((await horizontalOverflow(page)) <= 0, '"me" page scrolls sideways')
    const logout = await page.getByTestId('logout').boundingBox()
    assert.ok(logout && logout.x >= 0 && logout.x + logout.width <= PHONE.width, `sign-out button at ${JSON.stringify(logout)}`)
  })
})
