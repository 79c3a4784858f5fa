/** Suspend and resume with confirmation, shared by the list and the detail page. */
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/app/i18n'
import type { OrganizationView } from '@/app/types'
import { notifyError, notifySuccess } from '@/shared/composables/useProblem'
import { platformApi } from './api'

export async function confirmSuspend(org: OrganizationView): Promise<OrganizationView | null> {
  const t = i18n.global.t
  let reason: string
  try {
    const answer = await ElMessageBox.prompt(
      t('platform.suspend.message', { name: org.branding.displayName || org.name, code: org.code }),
      t('platform.suspend.title'),
      {
        confirmButtonText: t('platform.suspend.confirm'),
        cancelButtonText: t('common.cancel'),
        type: 'warning',
        inputPlaceholder: t('platform.suspend.reasonPlaceholder'),
        inputValidator: (v: string) => (v && v.trim().length > 0 && v.length <= 500) || t('platform.suspend.reasonRequired'),
        confirmButtonClass: 'el-button--danger',
      },
    )
    reason = (answer as { value: string }).value.trim()
  } catch {
    return null
  }
  try {
    const updated = await platformApi.suspend(org.code, reason)
    notifySuccess(t('platform.suspend.done', { name: updated.branding.displayName || updated.name }))
    return updated
  } catch (e) {
    notifyError(e)
    return null
  }
}

export async function confirmResume(org: OrganizationView): Promise<OrganizationView | null> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(
      t('platform.resume.message', { name: org.branding.displayName || org.name, code: org.code }),
      t('platform.resume.title'),
      { confirmButtonText: t('platform.resume.confirm'), cancelButtonText: t('common.cancel'), type: 'info' },
    )
  } catch {
    return null
  }
  try {
    const updated = await platformApi.resume(org.code)
    notifySuccess(t('platform.resume.done', { name: updated.branding.displayName || updated.name }))
    return updated
  } catch (e) {
    notifyError(e)
    return null
  }
}
