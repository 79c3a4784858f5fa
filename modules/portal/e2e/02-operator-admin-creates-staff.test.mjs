// Scenario 2: at /o/acme/ the login page shows acme's name and colour; acme's admin signs in and creates a staff user.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ACME, ACME_STAFF, BASE_URL, rgb, scenario } from './support.mjs'

test("acme's login page shows its name and colour; its admin signs in and creates a staff user", async () => {
  await scenario('02-operator-admin-creates-staff', null, async (page) => {
    await page.goto(`${BASE_URL}/o/${ACME.code}/`)
    await page.waitForURL(new RegExp(`/o/${ACME.code}/login$`), { waitUntil: 'commit' })

    // White-labelled: acme's display name, its colour on the brand bar and the sign-in button, a readable text
    // colour on it, the tab title and the favicon.
    await page.getByTestId('brand-name').filter({ hasText: ACME.displayName }).waitFor()
    const bar = page.getByTestId('brand-bar')
    assert.equal(await bar.evaluate((el) => getComputedStyle(el).backgroundColor), rgb(ACME.primaryColor))
    assert.equal(await bar.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)')
    const submit = page.getByTestId('login-submit')
    assert.equal(await submit.evaluate((el) => getComputedStyle(el).backgroundColor), rgb(ACME.primaryColor))
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--el-color-primary').trim()), ACME.primaryColor)
    assert.equal(await page.title(), `登录 · ${ACME.displayName}`)
    assert.match(await page.locator('link#anju-favicon').getAttribute('href'), /^data:image\/svg\+xml,.*7C3AED/)

    await page.getByLabel('用户名').fill(ACME.admin.username)
    await page.getByLabel('密码', { exact: true }).fill(ACME.admin.password)
    await submit.click()
    await page.waitForURL(new RegExp(`/o/${ACME.code}/$`), { waitUntil: 'commit' })
    // The operator console, still acme's: greeting, the appointment record by the authority.
    await page.getByRole('heading', { name: /您好/ }).waitFor()
    await page.getByTestId('appointment').getByText(ACME.documentNumber).waitFor()
    assert.equal(await page.getByTestId('brand-bar').evaluate((el) => getComputedStyle(el).backgroundColor), rgb(ACME.primaryColor))
    assert.equal(await page.title(), `首页 · ${ACME.displayName}`)

    // Administration menu: users.
    await page.getByTestId('side-menu').getByText('用户管理').click()
    await page.waitForURL(new RegExp(`/o/${ACME.code}/admin/users$`), { waitUntil: 'commit' })
    await page.getByTestId('users-table').locator('[data-username="admin"]').waitFor()

    await page.getByTestId('create-user').click()
    const dialog = page.getByTestId('user-create-dialog')
    await dialog.getByLabel('用户名').waitFor()
    // A too weak password is refused with a message naming the problem.
    await dialog.getByLabel('用户名').fill(ACME_STAFF.username)
    await dialog.getByLabel('姓名').fill(ACME_STAFF.displayName)
    await dialog.getByLabel('初始密码').fill('short')
    await page.getByTestId('user-create-submit').click()
    await dialog.getByText('密码长度须为 8 到 64 位').waitFor()
    await dialog.getByLabel('初始密码').fill(ACME_STAFF.password)
    await dialog.locator('[data-role="org_admin"]').click()
    await page.getByTestId('user-create-submit').click()

    // Created: a confirmation, and the new user in the list with the role.
    await page.getByText(`已创建用户「${ACME_STAFF.displayName}」`).waitFor()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.getByTestId('users-table').locator(`[data-username="${ACME_STAFF.username}"]`)
    await row.waitFor()
    assert.equal((await row.innerText()).trim(), ACME_STAFF.displayName)
    await page.getByTestId('users-table').getByText('系统管理员').first().waitFor()

    // Its page shows the audited history: created by acme's admin.
    await row.click()
    await page.waitForURL(new RegExp(`/o/${ACME.code}/admin/users/\\d+$`), { waitUntil: 'commit' })
    await page.getByTestId('user-history').getByText('创建').first().waitFor()
    await page.getByTestId('user-history').getByText(`admin@${ACME.code}`).first().waitFor()
  })
})
