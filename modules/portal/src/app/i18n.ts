/**
 * zh-CN first, English available: vue-i18n for every string the portals show, Element Plus' own texts switched
 * with it, the choice remembered in localStorage (not taken from the browser: staff share machines set to English).
 */
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import elEn from 'element-plus/es/locale/lang/en'
import zhCN from './locales/zh-CN'
import en from './locales/en'
import type { Problem } from './problem'
import { minutesUntil } from '@/shared/format'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'anju.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The remembered language, else zh-CN. */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Locale {
  const value = storage?.getItem(LOCALE_STORAGE_KEY)
  return isLocale(value) ? value : DEFAULT_LOCALE
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export const messages = { 'zh-CN': zhCN, en }

export const i18n = createI18n({
  legacy: false,
  locale: rememberedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    safeStorage()?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/** Element Plus' own texts (pagination, date picker, dialogs) in the UI language. */
export const elementLocale = computed(() => (i18n.global.locale.value === 'en' ? elEn : elZhCn))

/**
 * The title and detail of a problem in the current UI language. The server localizes from Accept-Language, so
 * its text is shown as it is; when the user switched language after the answer came, the texts this catalogue knows
 * for the problem's code are used instead (with parameters such as the minutes of a lock), else the server's.
 */
export function problemText(problem: Problem, answeredIn: string): { title: string; detail?: string } {
  const t = i18n.global.t
  const te = i18n.global.te
  const locale = currentLocale()
  if (answeredIn === locale) return { title: problem.title, detail: problem.detail }
  const titleKey = `problem.${problem.code}.title`
  const detailKey = `problem.${problem.code}.detail`
  const title = te(titleKey, locale) ? t(titleKey) : problem.title
  let detail = problem.detail
  if (te(detailKey, locale)) {
    detail = t(detailKey, { minutes: minutesUntil(problem.lockedUntil as string | undefined) })
  }
  return { title, detail }
}
