// Scenario 1: a platform admin signs in, creates operator `acme` with its own name and colour, and sees it listed.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ACME, BASE_URL, PLATFORM_ADMIN, rgb, scenario } from './support.mjs'

test('a platform admin signs in, creates operator acme with its own name and colour, and sees it listed', async () => {
  await scenario('01-platform-creates-operator', null, async (page) => {
    await page.goto(`${BASE_URL}/platform/organizations`)
    // Not signed in: the platform console's login page, which will come back to the list.
    await page.waitForURL(/\/platform\/login\?redirect=/, { waitUntil: 'commit' })
    await page.getByTestId('brand-name').filter({ hasText: '安居公租房运营平台' }).waitFor()
    assert.equal(await page.title(), '登录 · 安居公租房运营平台')

    await page.getByLabel('用户名').fill(PLATFORM_ADMIN.username)
    await page.getByLabel('密码', { exact: true }).fill(PLATFORM_ADMIN.password)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(/\/platform\/organizations$/, { waitUntil: 'commit' })
    await page.getByRole('heading', { name: '单位管理' }).waitFor()
    await page.getByTestId('organizations-table').locator('[data-org="demo"]').waitFor()

    // A previous manual run against the same database may have created acme already.
    const existing = page.getByTestId('organizations-table').locator(`[data-org="${ACME.code}"]`)
    if ((await existing.count()) === 0) {
      await page.getByTestId('create-organization').click()
      await page.waitForURL(/\/platform\/organizations\/new$/, { waitUntil: 'commit' })
      await page.getByRole('heading', { name: '开通单位' }).waitFor()

      // Submitting empty shows what is missing, naming the fields.
      await page.getByTestId('create-submit').click()
      await page.getByText('请输入单位编码').waitFor()
      await page.getByText('请输入单位名称').waitFor()

      await page.locator('#org-code').fill(ACME.code)
      await page.locator('#org-name').fill(ACME.name)
      await page.getByTestId('division-0').fill(ACME.division)

      await page.locator('#appointment-authority').click()
      await page.locator('.el-select-dropdown__item').filter({ hasText: '示范市住房保障局' }).click()
      await page.locator('#appointment-date').fill('2026-02-01')
      await page.locator('#appointment-date').press('Enter')
      await page.locator('#appointment-doc').fill(ACME.documentNumber)

      await page.locator('#admin-username').fill(ACME.admin.username)
      await page.locator('#admin-password').fill(ACME.admin.password)

      await page.locator('#brand-display').fill(ACME.displayName)
      await page.locator('#brand-color').fill(ACME.primaryColor)
      // The live preview takes the colour at once.
      const previewBar = await page.getByTestId('preview-bar').elementHandle()
      await page.waitForFunction(
        ([el, expected]) => getComputedStyle(el).backgroundColor === expected,
        [previewBar, rgb(ACME.primaryColor)],
      )

      await page.getByTestId('create-submit').click()
      // Provisioning shows its progress, then the new organization's page.
      await page.waitForURL(new RegExp(`/platform/organizations/${ACME.code}$`), { timeout: 60_000, waitUntil: 'commit' })
      await page.getByRole('heading', { name: ACME.displayName }).waitFor()
      await page.getByTestId('migration-panel').getByText('已是最新').waitFor()
      await page.getByRole('link', { name: '返回' }).click()
      await page.waitForURL(/\/platform\/organizations$/, { waitUntil: 'commit' })
    }

    // Listed, with its own name and colour; the search finds it.
    await page.getByTestId('org-search').fill(ACME.code)
    await page.getByTestId('org-search').press('Enter')
    await page.waitForURL(/\?q=acme/, { waitUntil: 'commit' })
    // The search applied: demo is gone from the list, acme is there.
    await page.getByTestId('organizations-table').locator('[data-org="demo"]').waitFor({ state: 'detached' })
    const row = page.getByTestId('organizations-table').locator(`[data-org="${ACME.code}"]`)
    await row.waitFor()
    assert.equal((await row.getByTestId('org-name').innerText()).trim(), ACME.displayName)
    assert.equal(await row.getByTestId('org-swatch').evaluate((el) => getComputedStyle(el).backgroundColor), rgb(ACME.primaryColor))
    await page.getByText('共 1 条').waitFor()
  })
})
