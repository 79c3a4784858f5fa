// Fixtures for the leasing and finance scenarios, through the API as the demo operator's admin: an ACTIVE lease (a
// project of its own with a unit pending allocation, a household with a valid resident ID, the lease drafted, submitted
// and approved, a resident account whose temporary password is changed, the resident's acknowledgements and signature
// with the SMS code from the development log, staff registering the move-in, which opens the finance account) and a
// billing run of a period, polled until DONE.
import assert from 'node:assert/strict'
import { deflateSync } from 'node:zlib'
import { api, eventually, housingFixture, login, RUN } from './support.mjs'

/** A valid 18-character resident ID (GB 11643: ISO 7064 MOD 11-2 check character) born in 1985–1995. */
export function residentId() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const pad = (n, w) => String(n).padStart(w, '0')
  const rnd = (n) => Math.floor(Math.random() * n)
  const first17 = `330106${1985 + rnd(11)}${pad(1 + rnd(12), 2)}${pad(1 + rnd(28), 2)}${pad(rnd(1000), 3)}`
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

export function todayInShanghai() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

export function expectStatus(r, status, what) {
  assert.equal(r.status, status, `${what}: HTTP ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

/** A signature as the signing pad exports it: a PNG data URL (here a 160 × 48 image with a dark stroke). */
export function signaturePng() {
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
export function yuan(n) {
  return new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(n))
}

/** Escapes text for a RegExp. */
export function re(text) {
  return String(text ?? '').replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')
}

/**
 * An ACTIVE lease from today for a new household in a project of its own (`name`), its resident able to sign in with
 * `resident.signing`; `endDate` (YYYY-MM-DD) when the lease type's default term will not do. Answers
 * `{ household, member, lease, account, residentToken, call }` (`call` speaks as staff).
 */
export async function activeLeaseFixture(token, org, { name, room = '201', area = 42.5, monthlyRent = 860, resident, endDate }) {
  const call = (method, path, body) => api(method, path, { token, organization: org, body })
  const fx = await housingFixture(token, org, { name, floors: 2, units: [[room, 2, 'PENDING_ALLOCATION', '一室一厅', area]] })
  const household = expectStatus(
    await call('POST', '/households', {
      eligibilityCategory: 'LOW_INCOME',
      incomeMonthly: 2600,
      housingSituation: '无自有住房',
      members: [{ relation: 'SELF', name: resident.name, idType: 'RESIDENT_ID', idNumber: resident.idNumber, phone: resident.phone, applicant: true }],
    }),
    201,
    'create household',
  )
  const member = household.members[0]
  const fees = expectStatus(await call('GET', '/fee-items?active=true'), 200, 'fee items')
  const propertyFee = fees.find((f) => f.category === 'PROPERTY')
  const lease = expectStatus(
    await call('POST', '/leases', {
      householdId: household.id,
      unitId: fx.units[room],
      leaseTypeCode: 'STANDARD',
      startDate: todayInShanghai(),
      ...(endDate ? { endDate } : {}),
      monthlyRent,
      deposit: monthlyRent * 2,
      rentCategory: '公租房标准租金',
      fees: propertyFee ? [{ feeItemId: propertyFee.id }] : [],
    }),
    201,
    'draft lease',
  )
  expectStatus(await call('POST', `/leases/${lease.id}/submit`, {}), 200, 'submit')
  expectStatus(await call('POST', `/leases/${lease.id}/approve`, { comment: '同意' }), 200, 'approve')
  const account = expectStatus(
    await call('POST', `/households/${household.id}/members/${member.id}/account`, { username: resident.username, password: resident.first }),
    201,
    'resident account',
  )
  const first = await login(org, resident.username, resident.first)
  expectStatus(
    await api('POST', '/me/password', { token: first, organization: org, body: { currentPassword: resident.first, newPassword: resident.signing } }),
    204,
    'change password',
  )
  const residentToken = await login(org, resident.username, resident.signing)
  const mine = (method, path, body) => api(method, path, { token: residentToken, organization: org, body })
  for (const section of ['LIABILITY', 'RETURN_CONDITIONS']) {
    expectStatus(await mine('POST', `/my/leases/${lease.id}/acknowledgements`, { section }), 201, `acknowledge ${section}`)
  }
  expectStatus(await mine('POST', `/my/leases/${lease.id}/signing-code`), 201, 'signing code')
  const code = await eventually(async () => {
    const sms = expectStatus(await call('GET', `/sms?phone=${resident.phone}&limit=5`), 200, 'sms log')
    const message = sms.find((m) => m.purpose === 'lease-signing' && m.body.includes(lease.number))
    assert.ok(message, 'the signing code was sent')
    return /验证码\s*(\d{6})/.exec(message.body)[1]
  })
  assert.equal(expectStatus(await mine('POST', `/my/leases/${lease.id}/sign`, { code, signature: signaturePng() }), 200, 'sign').status, 'SIGNED')
  const active = expectStatus(await call('POST', `/leases/${lease.id}/check-in`, { movedInOn: todayInShanghai(), memberIds: [member.id] }), 200, 'check-in')
  assert.equal(active.status, 'ACTIVE')
  return { household, member, lease, account, residentToken, call }
}

/** Bills a period (idempotent per lease and period) and waits for the run; waits out a run of the period under way. */
export async function billPeriod(call, period) {
  let run = await call('POST', '/billing-runs', { period })
  if (run.status === 409) {
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
  return state
}

/** A resident with a fresh phone number and username for this run. */
export function newResident(name, login, suffix = '') {
  return {
    name,
    idNumber: residentId(),
    phone: `13${suffix || '7'}${String(Date.now()).slice(-8)}`,
    username: `${login}.${RUN}`,
    first: 'Temp2026pass',
    signing: 'Sign2026pass',
    temporary: 'Temp2026again',
    password: 'Home2026pass',
  }
}
