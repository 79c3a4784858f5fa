// Scenario 10 (issue 6): a resident pays a bill on a 375 px phone through the sandbox channel and sees 支付成功 with
// the receipt number; staff then find the payment in the rent ledger (租金台账) and the bill paid.
//
// Set up through the API as the demo operator's admin: a project of this run's own with a unit pending allocation,
// a household with a valid resident ID, a lease drafted, submitted and approved, a resident account; the resident
// signs through the API (acknowledgements, SMS code from the development log, a PNG signature), staff register the
// move-in (which opens the lease's finance account), then bill the current month (POST /billing-runs, polled until
// DONE). The resident's password is reset to a temporary one, so on the phone they must change it first.
import assert from 'node:assert/strict'
import { deflateSync } from 'node:zlib'
import { test } from 'node:test'
import { BASE_URL, DEMO, RUN, api, eventually, housingFixture, horizontalOverflow, login, phone, scenario, settle, signIn } from './support.mjs'

/** A valid 18-character resident ID (GB 11643: ISO 7064 MOD 11-2 check character) born in 1985–1995. */
function residentId() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const pad = (n, w) => String(n).padStart(w, '0')
  const rnd = (n) => Math.floor(Math.random() * n)
  const first17 = `330106${1985 + rnd(11)}${pad(1 + rnd(12), 2)}${pad(1 + rnd(28), 2)}${pad(rnd(1000), 3)}`
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

function todayInShanghai() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

function expectStatus(r, status, what) {
  assert.equal(r.status, status, `${what}: HTTP ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

/** A signature as the signing pad exports it: a PNG data URL (here a 160 × 48 image with a dark stroke). */
function signaturePng() {
  const w = 160
  const h = 48
  const crcTable = Array.from({ length: 256 }, (_v, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const rows = []
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 4)
    for (let x = 0; x < w; x++) {
      const ink = Math.abs(y - (h / 2 + Math.sin(x / 9) * 12)) < 2
      row.writeUInt32BE(ink ? 0x111827ff : 0x00000000, 1 + x * 4)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return `data:image/png;base64,${png.toString('base64')}`
}

/** `¥1,234.50`, as the portal shows money. */
function yuan(n) {
  return new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(n))
}

const RESIDENT = {
  name: '赵春兰',
  idNumber: residentId(),
  phone: `137${String(Date.now()).slice(-8)}`,
  username: `zhao.cl.${RUN}`,
  first: 'Temp2026pass',
  signing: 'Sign2026zhao',
  temporary: 'Temp2026again',
  password: 'Zhao2026cl',
}

test('a resident pays a bill on a phone through the sandbox cashier and sees the receipt; the staff ledger shows it', async () => {
  const org = DEMO.code
  const token = await login(org, DEMO.admin.username, DEMO.admin.password)
  const call = (method, path, body) => api(method, path, { token, organization: org, body })
  const period = todayInShanghai().slice(0, 7)

  // A unit pending allocation, in a project of this run's own.
  const fx = await housingFixture(token, org, {
    name: `缴费测试-${RUN}`,
    floors: 2,
    units: [['201', 2, 'PENDING_ALLOCATION', '一室一厅', 42.5]],
  })

  const household = expectStatus(
    await call('POST', '/households', {
      eligibilityCategory: 'LOW_INCOME',
      incomeMonthly: 2600,
      housingSituation: '无自有住房',
      members: [{ relation: 'SELF', name: RESIDENT.name, idType: 'RESIDENT_ID', idNumber: RESIDENT.idNumber, phone: RESIDENT.phone, applicant: true }],
    }),
    201,
    'create household',
  )
  const member = household.members[0]

  // The lease from today, with the property fee, drafted, submitted and approved.
  const fees = expectStatus(await call('GET', '/fee-items?active=true'), 200, 'fee items')
  const propertyFee = fees.find((f) => f.category === 'PROPERTY')
  const lease = expectStatus(
    await call('POST', '/leases', {
      householdId: household.id,
      unitId: fx.units['201'],
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
  expectStatus(await call('POST', `/leases/${lease.id}/submit`, {}), 200, 'submit')
  expectStatus(await call('POST', `/leases/${lease.id}/approve`, { comment: '同意' }), 200, 'approve')
  const account = expectStatus(
    await call('POST', `/households/${household.id}/members/${member.id}/account`, { username: RESIDENT.username, password: RESIDENT.first }),
    201,
    'resident account',
  )

  // The resident signs through the API (scenario 9 does it in the browser): a temporary password is changed first.
  const first = await login(org, RESIDENT.username, RESIDENT.first)
  expectStatus(
    await api('POST', '/me/password', { token: first, organization: org, body: { currentPassword: RESIDENT.first, newPassword: RESIDENT.signing } }),
    204,
    'change password',
  )
  const residentToken = await login(org, RESIDENT.username, RESIDENT.signing)
  const mine = (method, path, body) => api(method, path, { token: residentToken, organization: org, body })
  for (const section of ['LIABILITY', 'RETURN_CONDITIONS']) {
    expectStatus(await mine('POST', `/my/leases/${lease.id}/acknowledgements`, { section }), 201, `acknowledge ${section}`)
  }
  expectStatus(await mine('POST', `/my/leases/${lease.id}/signing-code`), 201, 'signing code')
  const code = await eventually(async () => {
    const sms = expectStatus(await call('GET', `/sms?phone=${RESIDENT.phone}&limit=5`), 200, 'sms log')
    const message = sms.find((m) => m.purpose === 'lease-signing' && m.body.includes(lease.number))
    assert.ok(message, 'the signing code was sent')
    return /验证码\s*(\d{6})/.exec(message.body)[1]
  })
  assert.equal(expectStatus(await mine('POST', `/my/leases/${lease.id}/sign`, { code, signature: signaturePng() }), 200, 'sign').status, 'SIGNED')

  // Staff register the move-in: the lease turns ACTIVE and finance opens its account in the same transaction.
  const active = expectStatus(await call('POST', `/leases/${lease.id}/check-in`, { movedInOn: todayInShanghai(), memberIds: [member.id] }), 200, 'check-in')
  assert.equal(active.status, 'ACTIVE')
  const opened = expectStatus(await call('GET', `/finance/accounts/${lease.id}`), 200, 'finance account')
  assert.equal(opened.active, true)
  assert.equal(Number(opened.monthlyRent), 860)

  // This month's billing run (idempotent per lease and period: other leases billed before get nothing new).
  let run = await call('POST', '/billing-runs', { period })
  if (run.status === 409) {
    // Another run of this period is under way: wait for it, then bill again (ours was not active when it started).
    await eventually(async () => {
      const runs = expectStatus(await call('GET', '/billing-runs'), 200, 'runs')
      assert.ok(!runs.some((r) => r.period === period && r.status === 'RUNNING'), 'a run of the period is still running')
    }, 60_000)
    run = await call('POST', '/billing-runs', { period })
  }
  let state = expectStatus(run, 202, 'start billing run')
  state = await eventually(async () => {
    const r = expectStatus(await call('GET', `/billing-runs/${state.id}`), 200, 'billing run')
    assert.notEqual(r.status, 'RUNNING', 'the run is still running')
    return r
  }, 60_000)
  assert.equal(state.status, 'DONE', `billing run: ${JSON.stringify(state)}`)
  const bills = expectStatus(await call('GET', `/bills?leaseId=${lease.id}&period=${period}`), 200, 'bills')
  assert.equal(bills.total, 1, 'one bill for the lease and period')
  const bill = bills.items[0]
  assert.equal(bill.status, 'OPEN')
  assert.ok(Number(bill.amount) > 0 && bill.lines.some((l) => l.category === 'RENT'), JSON.stringify(bill))

  // The phone must ask for a new password again (a temporary one, as staff hand it out).
  expectStatus(await call('POST', `/users/${account.userId}/reset-password`, { password: RESIDENT.temporary }), 200, 'reset password')

  let receiptNo = ''
  await scenario(
    '10-resident-pays-bill',
    null,
    async (page) => {
      await page.goto(`${BASE_URL}/o/${org}/login`)
      await page.getByLabel('用户名').fill(RESIDENT.username)
      await page.getByLabel('密码', { exact: true }).fill(RESIDENT.temporary)
      await page.getByTestId('login-submit').click()
      const gate = page.getByTestId('forced-password')
      await gate.getByText('请先修改密码').waitFor()
      await gate.locator('input[autocomplete="current-password"]').fill(RESIDENT.temporary)
      await gate.locator('input[autocomplete="new-password"]').nth(0).fill(RESIDENT.password)
      await gate.locator('input[autocomplete="new-password"]').nth(1).fill(RESIDENT.password)
      await page.getByTestId('password-submit').click()
      await page.getByText('密码已修改').waitFor()
      await gate.waitFor({ state: 'hidden' })

      // 账单 is a tab of its own; what is owed and the bill waiting to be paid (ticked already).
      const tabs = page.getByTestId('resident-tabs')
      assert.deepEqual(await tabs.locator('a').allInnerTexts(), ['首页', '我的家庭', '我的合同', '账单', '我的'])
      await tabs.getByText('账单', { exact: true }).tap()
      await page.waitForURL(new RegExp(`/o/${org}/my/bills$`), { waitUntil: 'commit' })
      await page.getByRole('heading', { name: '我的账单' }).waitFor()
      const card = page.locator(`li[data-bill="${bill.id}"]`)
      await card.waitFor()
      assert.match(await card.innerText(), new RegExp(`待缴[\\s\\S]*${yuan(bill.outstanding).replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}`))
      assert.equal(await page.getByTestId('bills-summary').locator('[data-role="outstanding"]').innerText(), yuan(bill.outstanding))
      assert.equal(await page.getByTestId(`choose-${bill.id}`).locator('input').isChecked(), true, 'the unpaid bill is ticked')
      assert.equal(await page.getByTestId('paybar').locator('[data-role="total"]').innerText(), yuan(bill.outstanding))
      assert.equal(await horizontalOverflow(page), 0, 'the bills page scrolls sideways')
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
      await settle(page)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/10-resident-pays-bill-bills.png` })

      // 去缴费: the order opens the sandbox cashier at its payUrl (/o/<code>/pay/<orderNo>).
      await page.getByTestId('pay-selected').tap()
      await page.waitForURL(new RegExp(`/o/${org}/pay/[^/]+$`), { waitUntil: 'commit' })
      const cashier = page.getByTestId('cashier')
      await cashier.getByText('沙箱收银台').waitFor()
      assert.equal(await page.getByTestId('cashier-amount').innerText(), yuan(bill.outstanding))
      const orderNo = (await page.getByTestId('cashier-order').innerText()).trim()
      assert.ok(orderNo.length > 8, `order number ${orderNo}`)
      assert.equal(await horizontalOverflow(page), 0, 'the cashier scrolls sideways')
      await settle(page)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'}/10-resident-pays-bill-cashier.png` })

      // 确认支付: the channel notifies the platform (signed); the result says 支付成功 with the receipt number.
      await page.getByTestId('cashier-confirm').tap()
      await page.getByText('支付成功').first().waitFor({ timeout: 30_000 })
      receiptNo = (await page.getByTestId('receipt-no').innerText()).trim()
      assert.match(receiptNo, /^R\S{6,}$/)
      assert.equal(await page.getByTestId('result-amount').innerText(), yuan(bill.outstanding))
      await page.getByTestId('allocations').getByText(bill.number).waitFor()

      // The electronic receipt downloads as a PDF.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('receipt-pdf').tap()])
      assert.match(download.suggestedFilename(), /\.pdf$/)
      assert.equal(await horizontalOverflow(page), 0, 'the result page scrolls sideways')
      // The screenshot shows the result at rest: the download notice gone.
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 8000 }).catch(() => {})
      await page.evaluate(() => window.scrollTo(0, 0))
    },
    phone(),
  )

  // The server agrees: the bill is paid, and the ledger has one PAYMENT entry for it.
  const paid = expectStatus(await call('GET', `/bills/${bill.id}`), 200, 'bill')
  assert.equal(paid.status, 'PAID')
  const ledger = expectStatus(await call('GET', `/ledger?leaseId=${lease.id}`), 200, 'ledger')
  const payments = ledger.filter((e) => e.kind === 'PAYMENT')
  assert.equal(payments.length, 1, JSON.stringify(ledger))
  assert.equal(Number(payments[0].amount), -Number(bill.amount))

  // Staff on a desktop: from the lease to its finance account, then the rent ledger shows the payment.
  await scenario('10-resident-pays-bill-ledger', null, async (page) => {
    await signIn(page, org, DEMO.admin.username, DEMO.admin.password, `/leasing/leases/${lease.id}`)
    await page.getByTestId('lease-finance-account').click()
    await page.waitForURL(new RegExp(`/o/${org}/finance/accounts/${lease.id}$`), { waitUntil: 'commit' })
    const account = page.getByTestId('finance-account')
    await account.locator('[data-role="balance"]').filter({ hasText: '已结清' }).waitFor()
    await page.getByTestId('account-bills').getByText('已缴清').waitFor()
    await page.getByTestId('account-payments').getByText(receiptNo).waitFor()

    await account.getByRole('button', { name: '租金台账' }).click()
    await page.waitForURL(new RegExp(`/o/${org}/finance/ledger\\?leaseId=${lease.id}$`), { waitUntil: 'commit' })
    const table = page.getByTestId('ledger-table')
    const paymentRow = table.locator('tr').filter({ has: page.locator('[data-enum="ledgerKind"][data-value="PAYMENT"]') })
    await paymentRow.waitFor()
    assert.match(await paymentRow.innerText(), new RegExp(`收款[\\s\\S]*${orderNoPattern(payments[0].memo)}[\\s\\S]*−${yuan(bill.amount).replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}`))
    await table.locator('[data-enum="ledgerKind"][data-value="CHARGE"]').first().waitFor()
    await page.getByTestId('ledger-totals').locator('[data-role="balance"]').filter({ hasText: '¥0.00' }).waitFor()
  })
})

function orderNoPattern(memo) {
  return String(memo ?? '').replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')
}
