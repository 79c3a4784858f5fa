/** Deletions with confirmation, shared by lists and detail pages; a refusal (409 not empty) shows the server's message. */
import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'
import { i18n } from '@/app/i18n'
import { notifyError, notifySuccess } from '@/shared/composables/useProblem'
import { buildingsApi, projectsApi } from './api'

async function confirmDelete(title: string, message: string): Promise<boolean> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: t('common.delete'),
      cancelButtonText: t('common.cancel'),
      type: 'warning',
      confirmButtonClass: 'el-button--danger',
    })
    return true
  } catch {
    return false
  }
}

export async function deleteProject(project: { id: number; name: string }): Promise<boolean> {
  const t = i18n.global.t
  if (!(await confirmDelete(t('housing.project.deleteTitle'), t('housing.project.deleteMessage', { name: project.name })))) return false
  try {
    await projectsApi.delete(project.id)
    notifySuccess(t('housing.project.deleted', { name: project.name }))
    return true
  } catch (e) {
    notifyError(e)
    return false
  }
}

export async function deleteBuilding(building: { id: number; name: string }): Promise<boolean> {
  const t = i18n.global.t
  if (!(await confirmDelete(t('housing.building.deleteTitle'), t('housing.building.deleteMessage', { name: building.name })))) return false
  try {
    await buildingsApi.delete(building.id)
    notifySuccess(t('housing.building.deleted', { name: building.name }))
    return true
  } catch (e) {
    notifyError(e)
    return false
  }
}
