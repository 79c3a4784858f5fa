// Shared pieces of the browser tests: Debian's Chromium driven headless by playwright-core, screenshots under
// SCREENSHOT_DIR (kept whether the test passes or fails), and direct API calls for setup.
import { mkdirSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:9180').replace(/\/$/, '')
export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The operator the issue fixes for these tests, and what the platform admin gives it. */
export const ACME = {
  code: 'acme',
  name: '阿克米公寓运营有限公司',
  displayName: '阿克米安居',
  primaryColor: '#7C3AED',
  division: '330106',
  authority: 'demo_city',
  documentNumber: '示范住保〔2026〕8号',
  admin: { username: 'admin', password: 'Acme@2026' },
}

/** Unique enough for people the issue does not name, so that a rerun against the same database still works. */
export const RUN = Date.now().toString(36)

/** The staff user acme's administrator creates (scenario 2). */
export const ACME_STAFF = { username: `wang.fang.${RUN}`, displayName: '王芳', password: 'Wang2026fang' }
/** The resident whose phone layout is checked (scenario 4). */
export const ACME_RESIDENT = { username: `li.ming.${RUN}`, displayName: '李明', password: 'Li2026ming' }
export const PLATFORM_ADMIN = { username: 'admin', password: 'Anju@2026' }
/** The demo operator seeded on an empty database (the housing scenarios create their own projects in it). */
export const DEMO = { code: 'demo', admin: { username: 'admin', password: 'Demo@2026' } }

/** `#7C3AED` → `rgb(124, 58, 237)`, as computed styles report colours. */
export function rgb(hex) {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

/**
 * A phone as the resident pages expect it: 375 px wide, touch, mobile viewport (pass as `device` to `scenario`).
 * `height` defaults to an iPhone X's 812.
 */
export function phone(height = 812) {
  return { viewport: { width: 375, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
}

/** `device`: context options such as `phone()` (viewport, isMobile, hasTouch, deviceScaleFactor). */
export async function launch(device = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'anju-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    ...device,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  context.setDefaultTimeout(15_000)
  return {
    context,
    async close() {
      await context.close().catch(() => {})
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Runs one scenario with a fresh browser profile and always leaves a screenshot `<name>.png` (on failure also
 * `<name>-failed.png` of the moment it failed); browser console errors are printed to help diagnose. `device`
 * sets up the browser as a phone (`phone()`) or another device.
 */
export async function scenario(name, viewport, body, device = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const browser = await launch(device)
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  if (viewport) await page.setViewportSize(viewport)
  const consoleErrors = []
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
  page.on('pageerror', (e) => consoleErrors.push(String(e)))
  try {
    await body(page)
    await settle(page)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
  } catch (e) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-failed.png`), fullPage: true }).catch(() => {})
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true }).catch(() => {})
    if (consoleErrors.length) console.error(`browser console of ${name}:\n  ${consoleErrors.join('\n  ')}`)
    console.error(`failed at ${page.url()}`)
    throw e
  } finally {
    await browser.close()
  }
}

/** Waits until no loading overlay is visible, so the screenshot shows the page as the user sees it at rest. */
export async function settle(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.el-loading-mask')].every((m) => getComputedStyle(m).display === 'none' || !m.isConnected),
    null,
    { timeout: 10_000 },
  ).catch(() => {})
}

/** Calls the API directly (setup and checks that are not about the browser). */
export async function api(method, path, { token, organization = 'platform', body, language = 'zh-CN' } = {}) {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'Accept-Language': language,
      'X-Anju-Organization': organization,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : undefined }
}

export async function login(organization, username, password) {
  const r = await api('POST', '/auth/login', { organization, body: { organization, username, password } })
  if (r.status !== 200) throw new Error(`login ${username}@${organization}: ${r.status} ${JSON.stringify(r.json)}`)
  return r.json.token
}

/** The horizontal overflow of the page: 0 when nothing sticks out to the right. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** Signs in through the login page and lands on `path` (below the organization's root) via `?redirect=`. */
export async function signIn(page, organization, username, password, path = '') {
  const redirect = path ? `?redirect=${encodeURIComponent(path)}` : ''
  await page.goto(`${BASE_URL}/o/${organization}/login${redirect}`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { waitUntil: 'commit' })
}

/** Retries `check` (which throws until the page shows what it wants) for up to `timeout` ms. */
export async function eventually(check, timeout = 10_000) {
  const until = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > until) throw e
      await new Promise((r) => setTimeout(r, 150))
    }
  }
}

function expectStatus(r, status, what) {
  if (r.status !== status) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

/**
 * A project of its own with one building and the given units, created through the API so that each housing scenario
 * stands alone: `units` are `[roomNumber, floor, status, layout?, area?]`. Answers the ids.
 */
export async function housingFixture(token, organization, { name, building = '1号楼', floors = 3, units = [] }) {
  const org = expectStatus(await api('GET', '/organization', { token, organization }), 200, 'organization')
  const project = expectStatus(
    await api('POST', '/projects', {
      token,
      organization,
      body: { name, address: `示范市示范路 ${RUN} 号`, divisionCode: org.divisionCodes[0], managerName: '测试负责人' },
    }),
    201,
    'create project',
  )
  const b = expectStatus(
    await api('POST', `/projects/${project.id}/buildings`, { token, organization, body: { name: building, floors, hasElevator: false } }),
    201,
    'create building',
  )
  const ids = {}
  for (const [roomNumber, floor, status, layout = '一室一厅', area = 45] of units) {
    const u = expectStatus(
      await api('POST', '/units', { token, organization, body: { buildingId: b.id, roomNumber, floor, layout, area, status } }),
      201,
      `create unit ${roomNumber}`,
    )
    ids[roomNumber] = u.id
  }
  return { projectId: project.id, projectName: project.name, buildingId: b.id, buildingName: b.name, units: ids }
}
