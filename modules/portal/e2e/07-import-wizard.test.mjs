// Scenario 7 (issue 4): the import wizard's dry run of a CSV with one bad row (area -3) reports that row: its number,
// the column and a message in Chinese; then the valid rows are imported.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEMO, RUN, api, eventually, housingFixture, login, scenario, signIn } from './support.mjs'

test('the import wizard reports a bad row of a CSV (row, column, Chinese message), then imports the valid rows', async () => {
  const token = await login(DEMO.code, DEMO.admin.username, DEMO.admin.password)
  const fx = await housingFixture(token, DEMO.code, { name: `导入测试-${RUN}`, floors: 6 })
  // The 房源 sheet of the template as CSV: header (line 1), a good row (line 2), a row with area -3 (line 3).
  const csv = [
    '项目名称*,楼栋*,房号*,楼层*,户型*,面积(㎡)*,朝向,房态',
    `${fx.projectName},${fx.buildingName},501,5,一室一厅,45.50,南,空置`,
    `${fx.projectName},${fx.buildingName},502,5,一室一厅,-3,南,空置`,
  ].join('\r\n')

  await scenario('07-import-wizard', null, async (page) => {
    await signIn(page, DEMO.code, DEMO.admin.username, DEMO.admin.password, '/housing/import')
    await page.waitForURL(/\/housing\/import$/, { waitUntil: 'commit' })
    await page.getByTestId('import-step-upload').waitFor()

    await page.getByTestId('import-file').setInputFiles({ name: `units-${RUN}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await page.getByText(`units-${RUN}.csv`).first().waitFor()
    await page.getByTestId('import-dry-run').click()

    // The report: 2 rows, 1 with an error, and that row named with its column and a Chinese message.
    await page.getByTestId('import-step-check').waitFor()
    const counts = page.getByTestId('import-counts')
    await counts.waitFor({ timeout: 60_000 })
    assert.equal(await counts.locator('[data-count="total"]').innerText(), '2')
    assert.equal(await counts.locator('[data-count="errors"]').innerText(), '1')
    assert.equal(await counts.locator('[data-count="valid"]').innerText(), '1')
    const errors = page.getByTestId('import-errors').locator('.el-table__body tr')
    await eventually(async () => assert.equal(await errors.count(), 1))
    const cells = await errors.first().locator('td').allInnerTexts()
    const [sheet, row, column, message] = cells.map((c) => c.trim())
    assert.ok(sheet, 'the sheet is named')
    assert.equal(row, '3')
    assert.match(column, /面积/)
    assert.match(message, /[\u4e00-\u9fff]/, `message in Chinese: ${message}`)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/07-import-wizard-report.png`, fullPage: true })

    // "All rows or none" is not possible with a bad row; "valid rows only" is preselected and imports one unit.
    const modes = page.getByTestId('import-modes')
    assert.ok(await modes.locator('input[value="ALL_OR_NOTHING"]').isDisabled())
    assert.ok(await modes.locator('input[value="VALID_ONLY"]').isChecked())
    await page.getByTestId('import-commit').click()
    const result = page.getByTestId('import-result')
    await result.waitFor({ timeout: 60_000 })
    await result.getByText('导入完成').waitFor()
    assert.match(await result.innerText(), /新增 1 条/)
  })

  const units = await api('GET', `/units?projectId=${fx.projectId}`, { token, organization: DEMO.code })
  assert.equal(units.status, 200)
  assert.deepEqual(units.json.items.map((u) => u.roomNumber), ['501'])
})
