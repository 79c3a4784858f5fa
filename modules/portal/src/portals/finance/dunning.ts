/**
 * Dunning notices as people read them (staff on the account, residents under 账单 → 催缴记录): the level's colour
 * (1 grey, 2 amber, 3 and beyond red — the words 第 N 级 carry the meaning), whether a notice's text is long enough to
 * fold on a phone, and the notices newest first.
 */
import type { TagType } from './labels'
import type { DunningNotice } from './types'

export function dunningLevelTagType(level: number): Extract<TagType, 'info' | 'warning' | 'danger'> {
  return level >= 3 ? 'danger' : level === 2 ? 'warning' : 'info'
}

/** Text folded to two lines on a phone (about 30 Chinese characters a line at 375 px) gets a 查看全文 toggle. */
export const FOLD_AFTER = 60

export function isLongText(text: string | null | undefined, limit: number = FOLD_AFTER): boolean {
  const s = (text ?? '').trim()
  return s.length > limit || s.includes('\n')
}

/** Newest first (the server answers so; kept when notices are merged or re-sorted), ties by id. */
export function newestFirst<T extends Pick<DunningNotice, 'id' | 'sentAt'>>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => {
    const d = new Date(b.sentAt).getTime() - new Date(a.sentAt).getTime()
    return d !== 0 && !Number.isNaN(d) ? d : b.id - a.id
  })
}
