import { afterEach, describe, expect, it } from 'vitest'
import zhCN from './locales/zh-CN'
import en from './locales/en'
import leasingZh from './locales/leasing/zh-CN'
import leasingEn from './locales/leasing/en'
import financeZh from './locales/finance/zh-CN'
import financeEn from './locales/finance/en'
import { i18n, isLocale, problemText, rememberedLocale, LOCALE_STORAGE_KEY } from './i18n'

type Tree = { [k: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)))
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

describe('message catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zhCN as Tree).sort())
  })

  it('no message is empty, and both languages use the same placeholders', () => {
    const zhValues = values(zhCN as Tree)
    const enValues = values(en as Tree)
    const zh = new Map(keys(zhCN as Tree).map((k, i) => [k, zhValues[i]]))
    const e = new Map(keys(en as Tree).map((k, i) => [k, enValues[i]]))
    for (const [k, v] of zh) {
      expect(v.trim(), k).not.toBe('')
      expect(e.get(k)!.trim(), k).not.toBe('')
      expect(placeholders(e.get(k)!), k).toEqual(placeholders(v))
    }
  })

  it('the Chinese catalogue is Chinese (glossary terms) and the English one is not', () => {
    expect(zhCN.kind.OPERATOR).toBe('运营单位')
    expect(zhCN.kind.AUTHORITY).toBe('住房保障主管部门')
    expect(zhCN.platform.org.divisionCodes).toBe('行政区划代码')
    expect(zhCN.platform.detail.appointment).toBe('委托记录')
    expect(zhCN.platform.suspend.action).toBe('暂停')
    expect(zhCN.platform.resume.action).toBe('恢复')
    const cjk = /[\u4e00-\u9fff]/
    const enValues = values(en as Tree)
    const englishWithCjk = keys(en as Tree).filter((k, i) => cjk.test(enValues[i]) && !k.startsWith('language.name'))
    expect(englishWithCjk).toEqual([])
  })

  it('the leasing catalogues are wired in: same keys in both languages, Chinese glossary terms in zh-CN', () => {
    expect(keys(zhCN.leasing as Tree).length).toBeGreaterThan(500)
    expect(keys(leasingEn as Tree).sort()).toEqual(keys(leasingZh as Tree).sort())
    expect(zhCN.leasing).toBe(leasingZh)
    expect(en.leasing).toBe(leasingEn)
    expect(zhCN.menu.sections.leasing).toBe('租赁管理')
    expect(en.menu.sections.leasing).toBe('Leasing')
    expect(zhCN.leasing.enum.leaseStatus.SIGNED).toBe('已签约(待入住)')
    expect(zhCN.leasing.enum.category.SUBSISTENCE).toBe('低保')
    expect(zhCN.leasing.household.listTitle).toBe('承租家庭')
    expect(zhCN.leasing.lease.listTitle).toBe('租赁合同')
    expect(zhCN.leasing.archive.title).toBe('一户一档')
    expect(en.leasing.enum.leaseStatus.SIGNED).toBe('Signed (to move in)')
    const cjk = /[\u4e00-\u9fff]/
    const zhValues = values(leasingZh as Tree)
    // Every Chinese leasing message says something in Chinese (codes such as ㎡ or SHA-256 stand beside Chinese words).
    const notChinese = keys(leasingZh as Tree).filter((_k, i) => !cjk.test(zhValues[i]))
    expect(notChinese).toEqual(['fee.perSquareMetre'])
  })

  it('the finance catalogues are wired in: same keys in both languages, Chinese words in zh-CN', () => {
    expect(keys(financeEn as Tree).sort()).toEqual(keys(financeZh as Tree).sort())
    expect(zhCN.finance).toBe(financeZh)
    expect(en.finance).toBe(financeEn)
    expect(zhCN.menu.sections.finance).toBe('财务管理')
    expect(en.menu.sections.finance).toBe('Finance')
    expect(zhCN.finance.standard.title).toBe('租金标准')
    expect(zhCN.finance.adjustment.title).toBe('调租审批')
    expect(zhCN.finance.run.title).toBe('出账')
    expect(zhCN.finance.ledger.title).toBe('租金台账')
    expect(zhCN.finance.result.success).toBe('支付成功')
    expect(zhCN.finance.cashier.confirm).toBe('确认支付')
    expect(zhCN.finance.resident.bills.title).toBe('我的账单')
    expect(zhCN.finance.resident.payments.title).toBe('缴费记录')
    const cjk = /[\u4e00-\u9fff]/
    const zhValues = values(financeZh as Tree)
    const notChinese = keys(financeZh as Tree).filter((_k, i) => !cjk.test(zhValues[i]))
    // separators: '、' and '，' are CJK punctuation, outside the ideograph range
    expect(notChinese).toEqual(['common.listSeparator', 'payment.summarySeparator'])
  })

  it('every message key the sources name exists in both languages', () => {
    const sources = import.meta.glob(['/src/**/*.ts', '/src/**/*.vue', '!/src/**/*.spec.ts', '!/src/app/locales/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>
    const zhKeys = new Set(keys(zhCN as Tree))
    const enKeys = new Set(keys(en as Tree))
    const prefixes = (k: Set<string>) => new Set([...k].flatMap((key) => key.split('.').map((_p, i, a) => a.slice(0, i + 1).join('.'))))
    const zhPrefixes = prefixes(zhKeys)
    const missing: string[] = []
    let checked = 0
    for (const [file, text] of Object.entries(sources)) {
      // t('a.b'), $t('a.b'), te('a.b'), and registry titles such as title: 'leasing.lease.listTitle'
      for (const m of text.matchAll(/(?<![\w.])(?:\$?t|te)\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        checked++
        if (!zhKeys.has(m[1]) || !enKeys.has(m[1])) missing.push(`${file}: ${m[1]}`)
      }
      for (const m of text.matchAll(/\btitle: '((?:leasing|finance|housing|menu|platform|user|role|resident|home)\.[\w.]+)'/g)) {
        checked++
        if (!zhKeys.has(m[1]) || !enKeys.has(m[1])) missing.push(`${file}: ${m[1]}`)
      }
      // t(`leasing.member.idProblem.${problem}`): the fixed part must name a group of messages
      for (const m of text.matchAll(/(?<![\w.])(?:\$?t|te)\(\s*`([a-zA-Z][\w.-]*)\.\$\{/g)) {
        checked++
        if (!zhPrefixes.has(m[1])) missing.push(`${file}: ${m[1]}.*`)
      }
    }
    expect(checked).toBeGreaterThan(500)
    expect(missing).toEqual([])
  })

  it('messages compile and format with vue-i18n in both languages', () => {
    const { t } = i18n.global
    i18n.global.locale.value = 'zh-CN'
    expect(t('common.totalCount', { count: 3 })).toBe('共 3 条')
    i18n.global.locale.value = 'en'
    expect(t('common.totalCount', { count: 3 })).toBe('3 in total')
    for (const k of keys(en as Tree)) expect(() => t(k), k).not.toThrow()
  })
})

describe('language choice', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })

  it('defaults to zh-CN and remembers only known languages', () => {
    const storage = (v: string | null) => ({ getItem: (k: string) => (k === LOCALE_STORAGE_KEY ? v : null) })
    expect(rememberedLocale(storage(null))).toBe('zh-CN')
    expect(rememberedLocale(storage('en'))).toBe('en')
    expect(rememberedLocale(storage('fr'))).toBe('zh-CN')
    expect(rememberedLocale(null)).toBe('zh-CN')
    expect(isLocale('zh-CN')).toBe(true)
    expect(isLocale('zh')).toBe(false)
  })

  it("shows the server's localized problem, and re-localizes it after a language switch", () => {
    const wrongPassword = {
      type: 'urn:anju:problem:invalid-credentials',
      title: '用户名或密码错误',
      status: 401,
      detail: '请检查单位、用户名和密码后重试；连续输错多次将锁定账户。',
      code: 'invalid-credentials',
    }
    i18n.global.locale.value = 'zh-CN'
    expect(problemText(wrongPassword, 'zh-CN')).toEqual({ title: wrongPassword.title, detail: wrongPassword.detail })
    i18n.global.locale.value = 'en'
    expect(problemText(wrongPassword, 'zh-CN').title).toBe('Wrong username or password')
  })

  it('a locked account shows its remaining minutes in the new language', () => {
    const locked = {
      title: '账户已锁定',
      status: 403,
      detail: '密码错误次数过多，账户已锁定，请 15 分钟后再试或联系管理员。',
      code: 'account-locked',
      lockedUntil: new Date(Date.now() + 14.5 * 60_000).toISOString(),
    }
    i18n.global.locale.value = 'en'
    expect(problemText(locked, 'zh-CN').detail).toContain('15 minutes')
  })

  it('keeps the server text for problems the catalogue does not know', () => {
    const unknown = { title: '库存不足', status: 409, detail: '详情', code: 'stock-short' }
    i18n.global.locale.value = 'en'
    expect(problemText(unknown, 'zh-CN')).toEqual({ title: '库存不足', detail: '详情' })
  })
})
