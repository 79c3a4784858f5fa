// Scenario 6 (issue 4): an edit of a unit made in its archive (area and layout, with a reason) shows in the archive's
// revision timeline: which field went from what to what, who did it and why (P2).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEMO, RUN, eventually, housingFixture, login, scenario, signIn } from './support.mjs'

test("the archive's revision timeline shows an edit: field, old and new value, actor and reason", async () => {
  const token = await login(DEMO.code, DEMO.admin.username, DEMO.admin.password)
  const fx = await housingFixture(token, DEMO.code, { name: `一房一档测试-${RUN}`, units: [['101', 1, 'VACANT', '一室一厅', 45]] })
  const unit = fx.units['101']

  await scenario('06-archive-timeline', null, async (page) => {
    await signIn(page, DEMO.code, DEMO.admin.username, DEMO.admin.password, `/housing/units/${unit}`)
    await page.waitForURL(new RegExp(`/housing/units/${unit}$`), { waitUntil: 'commit' })
    const archive = page.getByTestId('unit-archive')
    await archive.locator('[data-attribute="area"]').filter({ hasText: '45.00 ㎡' }).waitFor()
    // Every section of the one-room-one-archive; no lease yet.
    for (const title of ['位置信息', '建筑属性', '产权信息', '租赁信息', '管理信息', '房态记录', '档案修订记录']) {
      await archive.getByRole('heading', { name: title }).waitFor()
    }
    await page.getByTestId('no-lease').getByText('暂无租赁信息').waitFor()

    // Edit: area 45 → 52.5, layout 一室一厅 → 两室一厅, with a reason.
    await page.getByTestId('edit-unit').click()
    const dialog = page.getByTestId('unit-dialog')
    await dialog.getByLabel('面积（㎡）').fill('52.5')
    await dialog.getByLabel('户型').fill('两室一厅')
    await dialog.getByLabel('户型').press('Tab')
    await dialog.getByLabel('变更原因').fill('复核实测面积')
    await page.getByTestId('unit-submit').click()
    await page.getByText('房源已保存').waitFor()
    await dialog.waitFor({ state: 'hidden' })
    await archive.locator('[data-attribute="area"]').filter({ hasText: '52.50 ㎡' }).waitFor()

    // The newest revision: 面积 45.00 ㎡ → 52.50 ㎡, 户型 一室一厅 → 两室一厅, by demo's admin, with the reason.
    const timeline = page.getByTestId('unit-revisions')
    const newest = timeline.locator('.el-timeline-item').first()
    await eventually(async () => {
      const area = newest.locator('li[data-field="area"]')
      assert.equal(await area.locator('[data-role="from"]').innerText(), '45.00 ㎡')
      assert.equal(await area.locator('[data-role="to"]').innerText(), '52.50 ㎡')
      assert.match(await area.innerText(), /^面积：/)
    })
    const layout = newest.locator('li[data-field="layout"]')
    assert.equal(await layout.locator('[data-role="from"]').innerText(), '一室一厅')
    assert.equal(await layout.locator('[data-role="to"]').innerText(), '两室一厅')
    assert.match(await newest.innerText(), /修改/)
    assert.match(await newest.locator('[data-role="actor"]').innerText(), /admin/)
    assert.match(await newest.locator('[data-role="reason"]').innerText(), /复核实测面积/)
    // The creation is the oldest entry.
    assert.match(await timeline.locator('.el-timeline-item').last().innerText(), /创建/)
  })
})
