import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureApi } from '@/app/api'
import { ApiError } from '@/app/problem'
import { householdsApi, leasesApi, myApi, smsApi } from './api'
import { applicationQuery, EMPTY_LEASE_FILTER, householdQuery, leaseQuery, reviewQuery } from './query'

interface Sent {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

let sent: Sent[] = []
let answer: { status: number; body?: unknown } = { status: 200, body: {} }

beforeEach(() => {
  sent = []
  answer = { status: 200, body: {} }
  configureApi({
    organization: () => 'demo',
    token: () => 'tok',
    language: () => 'zh-CN',
    sessionEnded: () => {},
    fallbackProblem: (_kind, status) => ({ title: 'failed', status, code: `http-${status}` }),
  })
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ method: String(init.method), url, headers: init.headers as Record<string, string>, body: init.body ? JSON.parse(String(init.body)) : undefined })
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } })
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('leasing API calls', () => {
  it('reads a household masked, and unmasked only with a stated purpose', async () => {
    await householdsApi.get(7)
    await householdsApi.get(7, '核实承租资格')
    expect(sent.map((s) => s.url)).toEqual(['/api/v1/households/7', `/api/v1/households/7?purpose=${encodeURIComponent('核实承租资格')}`])
    expect(sent[0].headers['X-Anju-Organization']).toBe('demo')
    expect(sent[0].headers.Authorization).toBe('Bearer tok')
  })

  it('creates households and leases with an Idempotency-Key', async () => {
    answer = { status: 201, body: { id: 1 } }
    await householdsApi.create({ eligibilityCategory: 'LOW_INCOME', members: [] }, 'key-1')
    await leasesApi.create({ householdId: 1, unitId: 2, startDate: '2026-03-01', monthlyRent: 860, deposit: 1720 }, 'key-2')
    expect(sent.map((s) => [s.method, s.url, s.headers['Idempotency-Key']])).toEqual([
      ['POST', '/api/v1/households', 'key-1'],
      ['POST', '/api/v1/leases', 'key-2'],
    ])
  })

  it('submits and approves with an optional comment; reject, return and cancel carry the reason', async () => {
    await leasesApi.submit(5)
    await leasesApi.approve(5, '同意')
    await leasesApi.reject(5, '材料不全')
    await leasesApi.return(5, '租金有误')
    await leasesApi.cancel(5, '承租人放弃')
    expect(sent.map((s) => [s.url, s.body])).toEqual([
      ['/api/v1/leases/5/submit', {}],
      ['/api/v1/leases/5/approve', { comment: '同意' }],
      ['/api/v1/leases/5/reject', { reason: '材料不全' }],
      ['/api/v1/leases/5/return', { reason: '租金有误' }],
      ['/api/v1/leases/5/cancel', { reason: '承租人放弃' }],
    ])
  })

  it("opens a resident account for a member, and the resident's own lease, signing code and signature", async () => {
    await householdsApi.createAccount(3, 11, { username: 'zhang', password: 'Temp2026pass' })
    answer = { status: 200, body: { lease: { id: 9, status: 'APPROVED' }, contract: { title: 'T', body: 'B', liabilityClauses: 'L', returnConditions: 'R' }, acknowledged: ['LIABILITY'], canSign: true } }
    const mine = await myApi.lease(9)
    await myApi.acknowledge(9, 'RETURN_CONDITIONS')
    await myApi.signingCode(9)
    await myApi.sign(9, '123456', 'data:image/png;base64,AAAA')
    expect(sent.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/api/v1/households/3/members/11/account', { username: 'zhang', password: 'Temp2026pass' }],
      ['GET', '/api/v1/my/leases/9', undefined],
      ['POST', '/api/v1/my/leases/9/acknowledgements', { section: 'RETURN_CONDITIONS' }],
      ['POST', '/api/v1/my/leases/9/signing-code', {}],
      ['POST', '/api/v1/my/leases/9/sign', { code: '123456', signature: 'data:image/png;base64,AAAA' }],
    ])
    // The answer nests the lease (GET /my/leases/{id}: {lease, contract, acknowledged, canSign}).
    expect(mine.lease.status).toBe('APPROVED')
    expect(mine.acknowledged).toEqual(['LIABILITY'])
  })

  it('rejects with the problem, extensions kept (attempts left after a wrong code)', async () => {
    answer = { status: 400, body: { title: '验证码不正确', status: 400, code: 'validation', attemptsLeft: 4, errors: [{ field: 'code', message: '验证码不正确，还可尝试 4 次' }] } }
    const e = await myApi.sign(9, '000000', 'data:image/png;base64,AAAA').catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect((e as ApiError).problem.attemptsLeft).toBe(4)
    expect((e as ApiError).problem.errors?.[0].field).toBe('code')
  })

  it('lists households by the exact ID number, the SMS log by phone, the inbox by page', async () => {
    answer = { status: 200, body: { items: [], total: 0, page: 1, size: 20 } }
    await householdsApi.list(householdQuery({ idNumber: ' 110105 19491231002x', category: 'LOW_INCOME', status: 'GONE' }, 1, 20))
    await leasesApi.inbox(2, 50)
    answer = { status: 200, body: [] }
    await smsApi.list('13912345678', 5)
    expect(sent.map((s) => s.url)).toEqual([
      '/api/v1/households?category=LOW_INCOME&idNumber=11010519491231002X&page=1&size=20',
      '/api/v1/leases/inbox?page=2&size=50',
      '/api/v1/sms?phone=13912345678&limit=5',
    ])
  })
})

describe('list filters as API queries', () => {
  it('drops blanks and unknown values, keeps days and ids as numbers', () => {
    expect(leaseQuery({ ...EMPTY_LEASE_FILTER, q: '  L2026 ', status: 'SIGNED', kind: 'BOGUS', expiringWithinDays: '90', projectId: '12', unitId: 'x' }, 1, 20)).toEqual({
      q: 'L2026',
      status: 'SIGNED',
      kind: undefined,
      expiringWithinDays: 90,
      projectId: 12,
      householdId: undefined,
      unitId: undefined,
      page: 1,
      size: 20,
    })
    expect(leaseQuery({ expiringWithinDays: '5000' }).expiringWithinDays).toBeUndefined()
    expect(leaseQuery({ expiringWithinDays: '0' }).expiringWithinDays).toBeUndefined()
    expect(applicationQuery({ status: 'SUBMITTED', type: 'SWAP' })).toEqual({ status: 'SUBMITTED', type: 'SWAP', page: undefined, size: undefined })
    expect(reviewQuery({ status: 'DONE' }).status).toBeUndefined()
    expect(householdQuery({ q: ' ', idNumber: '' })).toEqual({ q: undefined, category: undefined, status: undefined, idNumber: undefined, page: undefined, size: undefined })
  })
})
