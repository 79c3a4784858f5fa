/** Disable and enable with confirmation, shared by the users list and the user page. */
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/app/i18n'
import type { StaffUser } from '@/app/types'
import { notifyError, notifySuccess } from '@/shared/composables/useProblem'
import { usersApi } from './api'

export async function confirmDisable(user: StaffUser): Promise<StaffUser | null> {
  const t = i18n.global.t
  let reason = ''
  try {
    const answer = await ElMessageBox.prompt(t('user.disableMessage', { name: user.displayName, username: user.username }), t('user.disableTitle'), {
      confirmButtonText: t('user.disable'),
      cancelButtonText: t('common.cancel'),
      type: 'warning',
      inputPlaceholder: t('user.disableReasonPlaceholder'),
      inputValidator: (v: string) => !v || v.length <= 500 || t('user.rules.reasonLength'),
      confirmButtonClass: 'el-button--danger',
    })
    reason = ((answer as { value: string }).value ?? '').trim()
  } catch {
    return null
  }
  try {
    const updated = await usersApi.disable(user.id, reason || undefined)
    notifySuccess(t('user.disabled', { name: user.displayName }))
    return updated
  } catch (e) {
    notifyError(e)
    return null
  }
}

export async function confirmEnable(user: StaffUser): Promise<StaffUser | null> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(t('user.enableMessage', { name: user.displayName }), t('user.enableTitle'), {
      confirmButtonText: t('user.enable'),
      cancelButtonText: t('common.cancel'),
      type: 'info',
    })
  } catch {
    return null
  }
  try {
    const updated = await usersApi.enable(user.id)
    notifySuccess(t('user.enabled', { name: user.displayName }))
    return updated
  } catch (e) {
    notifyError(e)
    return null
  }
}
