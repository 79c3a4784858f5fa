import { afterEach, describe, expect, it } from 'vitest'
import zhCN from './locales/zh-CN'
import en from './locales/en'
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
    const zh = new Map(keys(zhCN as Tree).map((k, i) => [k, values(zhCN as Tree)[i]]))
    const e = new Map(keys(en as Tree).map((k, i) => [k, values(en as Tree)[i]]))
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
    const englishWithCjk = keys(en as Tree).filter((k, i) => cjk.test(values(en as Tree)[i]) && !k.startsWith('language.name'))
    expect(englishWithCjk).toEqual([])
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
