// Scenario 8 (issue 4, R5.1c): a project's service window is public: an anonymous visitor on a phone (375 × 667)
// reaches it without being sent to the login page, white-labelled, with a dialable hotline and no sideways scrolling.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, DEMO, RUN, api, horizontalOverflow, housingFixture, login, rgb, scenario } from './support.mjs'

const PHONE = { width: 375, height: 667 }

test('a project service window is public, branded and phone-friendly', async () => {
  const token = await login(DEMO.code, DEMO.admin.username, DEMO.admin.password)
  const fx = await housingFixture(token, DEMO.code, { name: `服务窗口测试-${RUN}` })
  const serviceWindow = {
    applicationProcess: '1. 网上或窗口提交申请\n2. 资格审核\n3. 结果公示\n4. 轮候配租\n5. 签约入住',
    howToApply: '登录居民服务平台在线申请，或到服务窗口现场办理。',
    requiredMaterials: '身份证\n户口簿\n收入证明',
    hotline: '0571-88886666',
    officeHours: '工作日 9:00–17:00',
    serviceAddress: '示范市示范路 1 号服务大厅',
  }
  const saved = await api('PUT', `/projects/${fx.projectId}/service-window`, { token, organization: DEMO.code, body: serviceWindow })
  assert.equal(saved.status, 200, JSON.stringify(saved.json))
  const branding = (await api('GET', `/public/branding?organization=${DEMO.code}`, { organization: DEMO.code })).json

  await scenario('08-public-service-window', PHONE, async (page) => {
    // The list of the operator's projects, then the project's page; never the login page.
    await page.goto(`${BASE_URL}/o/${DEMO.code}/service`)
    await page.getByTestId('public-projects').locator(`[data-project="${fx.projectName}"]`).click()
    await page.waitForURL(new RegExp(`/o/${DEMO.code}/service/${fx.projectId}$`), { waitUntil: 'commit' })
    await page.getByTestId('public-project-name').filter({ hasText: fx.projectName }).waitFor()
    assert.ok(!page.url().includes('/login'))

    await page.getByTestId('brand-name').filter({ hasText: branding.displayName }).waitFor()
    if (branding.primaryColor) {
      assert.equal(await page.getByTestId('brand-bar').evaluate((el) => getComputedStyle(el).backgroundColor), rgb(branding.primaryColor))
    }
    const hotline = page.getByTestId('public-hotline')
    assert.equal(await hotline.getAttribute('href'), 'tel:0571-88886666')
    await page.getByTestId('public-office-hours').filter({ hasText: serviceWindow.officeHours }).waitFor()
    for (const text of ['申请流程', '申请方式', '所需材料', '资格审核', '户口簿', serviceWindow.serviceAddress]) await page.getByText(text).first().waitFor()
    assert.ok((await horizontalOverflow(page)) <= 0, 'the service window scrolls sideways')
  })
})
