// Scenario 9 (issue 5): a resident signs a lease on a 375 px phone, after opening and acknowledging the liability
// clauses and the return conditions, with a drawn signature and the SMS code; staff register the move-in, and the
// unit turns 已入住 (OCCUPIED) on the status board.
//
// Set up through the API as the demo operator's admin (who holds org_admin, a role of the STANDARD lease type's only
// approval step): a project with a unit pending allocation, a household with a valid resident ID, a lease drafted on
// the unit, submitted and approved, and a resident account with a temporary password for the main applicant.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { BASE_URL, DEMO, RUN, SCREENSHOT_DIR, api, eventually, housingFixture, login, phone, rgb, scenario, signIn } from './support.mjs'
import { expectStatus, residentId, todayInShanghai } from './fixtures.mjs'

const OCCUPIED_FILL = '#86EFAC'

const RESIDENT = {
  name: '张晓梅',
  idNumber: residentId(),
  phone: `139${String(Date.now()).slice(-8)}`,
  username: `zhang.xm.${RUN}`,
  temporary: 'Temp2026pass',
  password: 'Zhang2026xm',
}

test('a resident signs a lease on a phone after acknowledging the clauses; the unit turns OCCUPIED', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const call = (method, path, body) => api(method, path, { token, organization: org, body })

  // A unit pending allocation, in a project of this run's own.
  const fx = await housingFixture(token, org, {
    name: `签约测试-${RUN}`,
    floors: 2,
    units: [
      ['101', 1, 'PENDING_ALLOCATION', '一室一厅', 42.5],
      ['102', 1, 'VACANT'],
    ],
  })
  const unitId = fx.units['101']

  // The household: the main applicant only, with a phone (the signing code goes there).
  const household = expectStatus(
    await call('POST', '/households', {
      eligibilityCategory: 'LOW_INCOME',
      incomeMonthly: 2800,
      housingSituation: '无自有住房，租住私房',
      members: [{ relation: 'SELF', name: RESIDENT.name, idType: 'RESIDENT_ID', idNumber: RESIDENT.idNumber, phone: RESIDENT.phone, applicant: true }],
    }),
    201,
    'create household',
  )
  const member = household.members[0]
  assert.equal(member.idNumber, `${RESIDENT.idNumber.slice(0, 4)}**********${RESIDENT.idNumber.slice(-4)}`, 'ID numbers are masked')

  // The lease: drafted on the unit with the property fee bound, submitted, approved (one step, org_admin may approve).
  const fees = expectStatus(await call('GET', '/fee-items?active=true'), 200, 'fee items')
  const propertyFee = fees.find((f) => f.category === 'PROPERTY')
  const draft = expectStatus(
    await call('POST', '/leases', {
      householdId: household.id,
      unitId,
      leaseTypeCode: 'STANDARD',
      startDate: todayInShanghai(),
      monthlyRent: 860,
      deposit: 1720,
      rentCategory: '公租房标准租金',
      fees: propertyFee ? [{ feeItemId: propertyFee.id }] : [],
    }),
    201,
    'draft lease',
  )
  assert.equal(draft.status, 'DRAFT')
  assert.equal(expectStatus(await call('POST', `/leases/${draft.id}/submit`, {}), 200, 'submit').status, 'PENDING_APPROVAL')
  assert.equal(expectStatus(await call('POST', `/leases/${draft.id}/approve`, { comment: '材料齐全，同意' }), 200, 'approve').status, 'APPROVED')

  // The resident's account, with a temporary password the portal makes them change first.
  expectStatus(
    await call('POST', `/households/${household.id}/members/${member.id}/account`, { username: RESIDENT.username, password: RESIDENT.temporary }),
    201,
    'resident account',
  )

  await scenario(
    '09-resident-signs-lease',
    null,
    async (page) => {
      await page.goto(`${BASE_URL}/o/${org}/login`)
      await page.getByLabel('用户名').fill(RESIDENT.username)
      await page.getByLabel('密码', { exact: true }).fill(RESIDENT.temporary)
      await page.getByTestId('login-submit').click()

      // The temporary password must be changed before anything else; the dialog cannot be dismissed.
      const gate = page.getByTestId('forced-password')
      await gate.getByText('请先修改密码').waitFor()
      await gate.locator('input[autocomplete="current-password"]').fill(RESIDENT.temporary)
      await gate.locator('input[autocomplete="new-password"]').nth(0).fill(RESIDENT.password)
      await gate.locator('input[autocomplete="new-password"]').nth(1).fill(RESIDENT.password)
      await page.getByTestId('password-submit').click()
      await page.getByText('密码已修改').waitFor()
      await gate.waitFor({ state: 'hidden' })

      // 我的合同: the approved lease waits for the signature.
      const tabs = page.getByTestId('resident-tabs')
      assert.deepEqual(await tabs.locator('a').allInnerTexts(), ['首页', '我的家庭', '我的合同', '账单', '我的'])
      await tabs.getByText('我的合同').tap()
      const card = page.locator(`a[data-lease="${draft.id}"]`)
      await card.getByTestId('to-sign').waitFor()
      await card.tap()
      await page.waitForURL(new RegExp(`/o/${org}/my/leases/${draft.id}$`), { waitUntil: 'commit' })
      await page.getByTestId('my-lease-status').filter({ hasText: '已审批(待签约)' }).waitFor()
      // The contract filled from the lease: the unit, the rent; the tenant's ID number masked even here.
      const contract = await page.getByTestId('contract-text').innerText()
      assert.ok(contract.includes(`${fx.projectName} ${fx.buildingName} 101`) && contract.includes('860.00'), contract.slice(0, 300))
      assert.ok(contract.includes(member.idNumber) && !contract.includes(RESIDENT.idNumber), 'the ID number is masked in the contract')
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'the lease page scrolls sideways')

      // Nothing can be signed before both sections are opened and acknowledged.
      assert.equal(await page.getByTestId('request-code').isDisabled(), true)
      assert.equal(await page.getByTestId('ack-LIABILITY').locator('input').isDisabled(), true, 'acknowledge before opening')
      for (const section of ['LIABILITY', 'RETURN_CONDITIONS']) {
        await page.getByTestId(`read-${section}`).tap()
        await page.getByTestId(`clause-${section}`).waitFor()
        assert.ok((await page.getByTestId(`clause-${section}`).innerText()).trim().length > 10, `${section} text shown`)
        await page.getByTestId(`ack-${section}`).tap()
        await page.getByTestId(`acked-${section}`).waitFor()
      }

      // A signature drawn with a finger (touch events through the DevTools protocol) and a second stroke by mouse.
      const pad = page.getByTestId('signature-canvas')
      await pad.scrollIntoViewIfNeeded()
      const box = await pad.boundingBox()
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `signature pad within the phone: ${JSON.stringify(box)}`)
      const cdp = await page.context().newCDPSession(page)
      const at = (fx, fy) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy })
      const stroke = [0.15, 0.22, 0.3, 0.38, 0.46, 0.54].map((fx, i) => at(fx, i % 2 ? 0.35 : 0.65))
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [stroke[0]] })
      for (const p of stroke.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
      const start = at(0.6, 0.4)
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      for (const [fx, fy] of [[0.66, 0.6], [0.72, 0.42], [0.8, 0.62], [0.86, 0.45]]) await page.mouse.move(at(fx, fy).x, at(fx, fy).y, { steps: 4 })
      await page.mouse.up()
      await page.getByText('已签名').waitFor()
      await page.screenshot({ path: join(SCREENSHOT_DIR, '09-resident-signs-lease-signing.png') })

      // The SMS code: requested on the phone, read from the development channel's log as staff. (Clicked: a tap
      // right after the strokes on the pad is sometimes swallowed by Chromium's touch emulation.)
      const request = page.getByTestId('request-code')
      await request.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await request.click()
      await page.getByTestId('code-sent').filter({ hasText: `${RESIDENT.phone.slice(0, 3)}****${RESIDENT.phone.slice(-4)}` }).waitFor()
      const code = await eventually(async () => {
        const sms = expectStatus(await call('GET', `/sms?phone=${RESIDENT.phone}&limit=5`), 200, 'sms log')
        const message = sms.find((m) => m.purpose === 'lease-signing' && m.body.includes(draft.number))
        assert.ok(message, 'the signing code was sent')
        return /验证码\s*(\d{6})/.exec(message.body)[1]
      })
      await page.getByTestId('sign-code').fill(code)
      await page.getByTestId('sign-submit').tap()

      // Signed: the success card, the status 已签约(待入住), the SHA-256 of the signed PDF; no signing form left.
      // the server seals and hashes the signed PDF; the first one in a fresh server loads the CJK fonts: allow for it
      await page.getByTestId('sign-success').waitFor({ timeout: 45_000 })
      await page.getByTestId('my-lease-status').filter({ hasText: '已签约' }).waitFor()
      assert.match(await page.getByTestId('signed-sha256').innerText(), /^[0-9a-f]{64}$/)
      assert.equal(await page.getByTestId('signing').count(), 0)
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'the signed page scrolls sideways')
      await page.evaluate(() => window.scrollTo(0, 0))
    },
    phone(),
  )

  // The server agrees: signed, with the evidence of both acknowledgements.
  const signed = expectStatus(await call('GET', `/leases/${draft.id}`), 200, 'lease')
  assert.equal(signed.status, 'SIGNED')
  assert.deepEqual(signed.acknowledgements.map((a) => a.section).sort(), ['LIABILITY', 'RETURN_CONDITIONS'])
  assert.equal(signed.signature.signerName, RESIDENT.name)

  // Staff register the move-in on the lease page; the status board then shows the unit 已入住.
  await scenario('09-resident-signs-lease-board', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, `/leasing/leases/${draft.id}`)
    await page.getByTestId('lease-detail').getByText(draft.number).first().waitFor()
    await page.getByTestId('action-checkin').click()
    const dialog = page.getByTestId('checkin-dialog')
    await dialog.getByText(RESIDENT.name).waitFor()
    await page.getByTestId('checkin-submit').click()
    await page.getByText(/入住登记完成/).waitFor()
    await page.getByTestId('lease-detail').getByText('履行中').first().waitFor()

    await page.goto(`${BASE_URL}/o/${org}/housing/board?project=${fx.projectId}`)
    const cell = page.getByTestId('status-board').locator(`a[data-unit-id="${unitId}"]`)
    await cell.waitFor()
    await eventually(async () => {
      assert.match(await cell.innerText(), /101[\s\S]*已入住/)
      assert.equal(await cell.evaluate((el) => getComputedStyle(el).backgroundColor), rgb(OCCUPIED_FILL))
    })
    await page.getByTestId('board-legend').locator('[data-status="OCCUPIED"] [data-role="count"]').filter({ hasText: '1' }).waitFor()
  })

  const board = expectStatus(await call('GET', `/projects/${fx.projectId}/status-board`), 200, 'status board')
  assert.deepEqual(board.counts, { PENDING_ALLOCATION: 0, OCCUPIED: 1, UNDER_REPAIR: 0, VACANT: 1 })
  assert.equal(expectStatus(await call('GET', `/leases/${draft.id}`), 200, 'lease').status, 'ACTIVE')
})
