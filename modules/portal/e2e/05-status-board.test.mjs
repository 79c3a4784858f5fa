// Scenario 5 (issue 4): the status board shows the right colours and counts, and after a status change made in the
// unit's archive it shows the new colour and the updated counts.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEMO, RUN, api, eventually, housingFixture, login, rgb, scenario, signIn } from './support.mjs'

/** The fills of src/portals/housing/status.ts. */
const FILL = { PENDING_ALLOCATION: '#FCD34D', OCCUPIED: '#86EFAC', UNDER_REPAIR: '#FCA5A5', VACANT: '#E5E7EB' }

test('the status board shows colours and counts per status, and follows a status change', async () => {
  const token = await login(DEMO.code, DEMO.admin.username, DEMO.admin.password)
  const fx = await housingFixture(token, DEMO.code, {
    name: `房态图测试-${RUN}`,
    floors: 3,
    units: [
      ['101', 1, 'VACANT'],
      ['102', 1, 'VACANT'],
      ['201', 2, 'OCCUPIED', '两室一厅', 62.5],
      ['202', 2, 'PENDING_ALLOCATION'],
      ['301', 3, 'UNDER_REPAIR'],
    ],
  })
  const unit = fx.units['101']

  await scenario('05-status-board', null, async (page) => {
    await signIn(page, DEMO.code, DEMO.admin.username, DEMO.admin.password, `/housing/board?project=${fx.projectId}`)
    await page.waitForURL(/\/housing\/board\?/, { waitUntil: 'commit' })
    const legend = page.getByTestId('board-legend')
    const board = page.getByTestId('status-board')
    const count = (status) => legend.locator(`[data-status="${status}"] [data-role="count"]`).innerText()
    const cell = board.locator(`a[data-unit-id="${unit}"]`)

    // The legend counts every status of this project; one cell per unit, floors from the top.
    await cell.waitFor()
    await eventually(async () => {
      assert.deepEqual(
        [await count('PENDING_ALLOCATION'), await count('OCCUPIED'), await count('UNDER_REPAIR'), await count('VACANT')],
        ['1', '1', '1', '2'],
      )
    })
    assert.equal(await board.locator('a[data-unit-id]').count(), 5)
    assert.deepEqual(await board.locator('.floor__label').allInnerTexts(), ['3F', '2F', '1F'])
    await page.getByTestId('board-total').filter({ hasText: '共 5 套' }).waitFor()

    // Colour by status, and the status in words too (text and accessible name), never colour alone.
    const background = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor)
    assert.equal(await background(cell), rgb(FILL.VACANT))
    assert.equal(await background(board.locator(`a[data-unit-id="${fx.units['201']}"]`)), rgb(FILL.OCCUPIED))
    assert.equal(await background(board.locator(`a[data-unit-id="${fx.units['202']}"]`)), rgb(FILL.PENDING_ALLOCATION))
    assert.equal(await background(board.locator(`a[data-unit-id="${fx.units['301']}"]`)), rgb(FILL.UNDER_REPAIR))
    assert.match(await cell.innerText(), /101[\s\S]*空置/)
    assert.match(await cell.getAttribute('aria-label'), /1号楼 101，空置，一室一厅，45\.00 ㎡/)
    assert.match(await board.locator(`a[data-unit-id="${fx.units['201']}"]`).innerText(), /两室一厅 · 62\.50 ㎡/)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/05-status-board-before.png`, fullPage: true })

    // The legend filters by status (the counts stay).
    await legend.locator('[data-status="VACANT"]').click()
    await eventually(async () => assert.equal(await board.locator('a[data-unit-id]').count(), 2))
    assert.equal(await count('OCCUPIED'), '1')
    await legend.locator('[data-status="VACANT"]').click()
    await eventually(async () => assert.equal(await board.locator('a[data-unit-id]').count(), 5))

    // A cell opens the unit's archive; there the status changes from 空置 to 待分配, with a reason.
    await cell.click()
    await page.waitForURL(new RegExp(`/housing/units/${unit}$`), { waitUntil: 'commit' })
    await page.getByTestId('archive-status').filter({ hasText: '空置' }).waitFor()
    await page.getByTestId('change-status').click()
    const dialog = page.getByTestId('status-dialog')
    const targets = dialog.getByTestId('status-targets')
    await targets.waitFor()
    // Only what the state machine allows from 空置: 待分配 and 维修中.
    assert.deepEqual(await targets.locator('[data-target]').evaluateAll((els) => els.map((e) => e.dataset.target)), ['PENDING_ALLOCATION', 'UNDER_REPAIR'])
    await targets.locator('[data-target="PENDING_ALLOCATION"]').click()
    await dialog.getByLabel('变更原因').fill('纳入本期配租房源')
    await page.getByTestId('status-submit').click()
    await page.getByText('房态已变更为「待分配」').waitFor()
    await page.getByTestId('archive-status').filter({ hasText: '待分配' }).waitFor()
    await page.getByTestId('status-history').getByText('纳入本期配租房源').waitFor()

    // Back on the board: the new colour and the new counts.
    await page.goBack()
    await page.waitForURL(/\/housing\/board\?/, { waitUntil: 'commit' })
    await eventually(async () => {
      assert.equal(await background(board.locator(`a[data-unit-id="${unit}"]`)), rgb(FILL.PENDING_ALLOCATION))
      assert.deepEqual(
        [await count('PENDING_ALLOCATION'), await count('OCCUPIED'), await count('UNDER_REPAIR'), await count('VACANT')],
        ['2', '1', '1', '1'],
      )
    })
    assert.match(await board.locator(`a[data-unit-id="${unit}"]`).getAttribute('aria-label'), /待分配/)
  })

  // The API agrees with what the board showed.
  const after = await api('GET', `/projects/${fx.projectId}/status-board`, { token, organization: DEMO.code })
  assert.equal(after.status, 200)
  assert.deepEqual(after.json.counts, { PENDING_ALLOCATION: 2, OCCUPIED: 1, UNDER_REPAIR: 1, VACANT: 1 })
})
