// Scenario 12 (issue 7): staff register a smart lock on a unit (设备台账 → 登记设备), approve its registration and issue
// its secret, which is shown once with the MQTT topics; the resident living there opens 门锁 on a 375 px phone, creates
// a visitor code and sees its PIN, big, once; staff then find the visitor's credential in 门锁授权 of the unit.
//
// Set up through the API (fixtures.mjs): an ACTIVE lease of this run's own (a project, a unit, a household whose
// resident signed), so the resident has a live lease on the unit the lock is registered to.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { DEMO, RUN, SCREENSHOT_DIR, horizontalOverflow, login, phone, scenario, settle, signIn } from './support.mjs'
import { activeLeaseFixture, expectStatus, newResident } from './fixtures.mjs'

test('staff register, approve and key a lock; the resident creates a visitor code on a phone; staff see it in 门锁授权', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const projectName = `门锁测试-${RUN}`
  const resident = newResident('孙晓燕', 'sun.xy', '5')
  const { lease, call } = await activeLeaseFixture(token, org, { name: projectName, room: '201', resident })
  const unitId = lease.unitId
  const deviceId = `LK-E2E-${RUN}`

  // 设备台账: 登记设备 (a smart lock needs its unit), then 审核通过 and 签发密钥 on the device's page.
  let secret = ''
  await scenario('12-staff-registers-lock', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, '/devices')
    await page.getByRole('heading', { name: '设备台账' }).waitFor()
    await page.getByTestId('register-device').click()
    const dialog = page.getByTestId('device-dialog')
    await dialog.waitFor()
    await page.getByTestId('device-id').fill(deviceId)
    await page.getByTestId('device-serial').fill(`SN-${RUN}`)
    await page.getByTestId('device-model').fill('S7')
    await page.getByTestId('device-certificate').fill('CCC 2026-0001')
    const picker = dialog.getByTestId('unit-picker')
    await picker.click()
    await picker.locator('input').pressSequentially(projectName, { delay: 20 })
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: `${projectName} 1号楼 201` }).first().click()
    await page.getByTestId('device-submit').click()
    await dialog.waitFor({ state: 'hidden' })

    // The new device's page: 待审核, no secret yet.
    await page.waitForURL(new RegExp(`/o/${org}/devices/\\d+$`), { waitUntil: 'commit' })
    const detail = page.getByTestId('device-detail')
    await detail.getByRole('heading', { name: deviceId }).waitFor()
    await detail.locator('[data-testid="registration"][data-value="PENDING"]').waitFor()
    assert.equal(await page.getByTestId('issue-secret').isDisabled(), true, 'no secret before approval')

    await page.getByTestId('approve-device').click()
    await page.getByTestId('reason-dialog').waitFor()
    await page.getByTestId('reason-text').fill('资料齐全，同意备案')
    await page.getByTestId('reason-submit').click()
    await page.getByTestId('reason-dialog').waitFor({ state: 'hidden' })
    await detail.locator('[data-testid="registration"][data-value="APPROVED"]').waitFor()

    // 签发密钥: shown once, with the MQTT user name and the device's topics, under a warning.
    await page.getByTestId('issue-secret').click()
    const secretDialog = page.getByTestId('secret-dialog')
    await secretDialog.getByText('密钥只显示这一次').waitFor()
    secret = (await page.getByTestId('secret-value').innerText()).trim()
    assert.ok(secret.length >= 16, `secret ${secret}`)
    assert.equal((await page.getByTestId('secret-username').innerText()).trim(), deviceId)
    const topics = await page.getByTestId('secret-topics').innerText()
    assert.match(topics, new RegExp(`anju/${org}/lock/${deviceId}/cmd`))
    await settle(page)
    await page.screenshot({ path: join(SCREENSHOT_DIR, '12-staff-registers-lock-secret.png') })
    await page.getByTestId('secret-close').click()
    await secretDialog.waitFor({ state: 'hidden' })
    await page.getByTestId('has-secret').filter({ hasText: '已签发' }).waitFor()
    assert.equal(await page.getByTestId('secret-value').count(), 0, 'the secret is gone once closed')
  })

  const devices = expectStatus(await call('GET', `/devices?unitId=${unitId}&kind=SMART_LOCK`), 200, 'devices')
  const lock = devices.items.find((d) => d.deviceId === deviceId)
  assert.ok(lock && lock.registration === 'APPROVED' && lock.hasSecret, JSON.stringify(devices))

  // The resident on a phone: 首页 → 门锁与访客码 → 生成访客码 → the PIN, once.
  let pin = ''
  await scenario(
    '12-resident-visitor-code',
    null,
    async (page) => {
      await signIn(page, org, resident.username, resident.signing)
      await page.getByTestId('open-keys').tap()
      await page.waitForURL(new RegExp(`/o/${org}/my/keys$`), { waitUntil: 'commit' })
      await page.getByRole('heading', { name: '我家门锁' }).waitFor()
      await page.getByTestId('new-visitor-code').tap()
      await page.getByTestId('visitor-name').fill('周阿姨')
      await page.getByTestId('visitor-limit').waitFor()
      await page.getByTestId('visitor-submit').tap()
      const dialog = page.getByTestId('pin-dialog')
      await dialog.getByText('密码只显示这一次').waitFor()
      pin = (await page.getByTestId('visitor-pin').innerText()).trim()
      assert.match(pin, /^\d{4,12}$/, `PIN ${pin}`)
      assert.equal(await horizontalOverflow(page), 0, 'the PIN dialog scrolls sideways')
      await settle(page)
      await page.screenshot({ path: join(SCREENSHOT_DIR, '12-resident-visitor-code-pin.png') })
      await page.getByTestId('pin-done').tap()
      await dialog.waitFor({ state: 'hidden' })
      // The code is listed (without its PIN), and can be revoked.
      const codes = page.getByTestId('visitor-codes')
      await codes.locator('[data-role="revoke"]').first().waitFor()
      assert.equal((await codes.innerText()).includes(pin), false, 'the PIN is not shown again')
      assert.equal(await horizontalOverflow(page), 0, 'the keys page scrolls sideways')
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
    },
    phone(),
  )

  // Staff: 门锁授权 of the unit lists the visitor's credential on the lock.
  await scenario('12-staff-sees-visitor-credential', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, `/devices/keys?unitId=${unitId}`)
    await page.getByTestId('unit-locks').locator(`[data-device="${deviceId}"]`).waitFor()
    const table = page.getByTestId('credentials-table')
    const visitor = table.locator('tr').filter({ has: page.locator('[data-enum="credentialKind"][data-value="VISITOR"]') })
    await visitor.first().waitFor()
    assert.match(await visitor.first().innerText(), new RegExp(`访客[\\s\\S]*${deviceId}`))
    await page.getByTestId('keys-tabs').getByText('授权记录').click()
    await page.getByTestId('key-log-table').locator('[data-enum="keyAction"][data-value="VISITOR_CODE"]').first().waitFor()
  })

  const credentials = expectStatus(await call('GET', `/units/${unitId}/lock-credentials`), 200, 'credentials')
  assert.ok(credentials.some((c) => c.kind === 'VISITOR' && c.deviceId === deviceId), JSON.stringify(credentials))
})
