// Scenario 3: a wrong password shows the message in Chinese; switching to English shows it in English.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ACME, BASE_URL, scenario } from './support.mjs'

test('a wrong password shows the message in Chinese; switching to English shows it in English', async () => {
  await scenario('03-wrong-password-language', null, async (page) => {
    await page.goto(`${BASE_URL}/o/${ACME.code}/login`)
    await page.getByTestId('brand-name').filter({ hasText: ACME.displayName }).waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN')

    // Client-side check first: nothing typed, the fields say what is missing.
    await page.getByTestId('login-submit').click()
    await page.getByText('请输入用户名').first().waitFor()

    await page.getByLabel('用户名').fill(ACME.admin.username)
    await page.getByLabel('密码', { exact: true }).fill('not-the-password-1')
    await page.getByTestId('login-submit').click()

    const problem = page.getByTestId('problem')
    await problem.getByText('用户名或密码错误').waitFor()
    await problem.getByText('请检查单位、用户名和密码后重试；连续输错多次将锁定账户。').waitFor()
    assert.equal(await problem.getAttribute('role'), 'alert')
    assert.equal(await page.getByLabel('密码', { exact: true }).inputValue(), '', 'the wrong password is cleared')

    // Switch to English: the message shown and the whole page follow.
    await page.getByTestId('language-switch').click()
    await problem.getByText('Wrong username or password').waitFor()
    await problem.getByText('Check the organization, username and password; repeated failures lock the account.').waitFor()
    assert.equal(await problem.getByText('用户名或密码错误').count(), 0)
    await page.getByLabel('Username').waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en')
    assert.equal(await page.title(), `Sign in · ${ACME.displayName}`)

    // The choice is remembered across a reload.
    await page.reload()
    await page.getByLabel('Username').waitFor()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()

    // Asked again in English, the server itself answers in English (Accept-Language follows the UI).
    await page.getByLabel('Username').fill(ACME.admin.username)
    await page.getByLabel('Password', { exact: true }).fill('still-not-it-2')
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
    await page.getByTestId('login-submit').click()
    const response = await answer
    assert.equal(response.status(), 401)
    assert.equal(response.request().headers()['accept-language'], 'en')
    assert.equal((await response.json()).title, 'Wrong username or password')
    await problem.getByText('Wrong username or password').waitFor()
    await problem.getByText('Check the organization, username and password; repeated failures lock the account.').waitFor()
  })
})
