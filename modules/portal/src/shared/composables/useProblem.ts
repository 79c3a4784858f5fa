/**
 * A form's server answer: the problem of the last failed submission, its field messages keyed by the API's
 * field path for `<el-form-item :error>`, and the ones no form item shows (listed in the form's alert).
 */
import { computed, ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { problemText } from '@/app/i18n'
import { ApiError, fieldErrors, isApiError, unplacedErrors } from '@/app/problem'

export function useProblem(shownFields: () => readonly string[] = () => []) {
  const error = shallowRef<ApiError | null>(null)
  const fields = computed(() => fieldErrors(error.value?.problem))
  const unplaced = computed(() => unplacedErrors(error.value?.problem, shownFields()))
  const submitting = ref(false)

  /** Keeps an API failure for display; anything else is a bug and propagates. */
  function capture(e: unknown): void {
    if (isApiError(e)) error.value = e
    else throw e
  }

  function clear(): void {
    error.value = null
  }

  function fieldError(field: string): string {
    return fields.value[field] ?? ''
  }

  /** Runs a submission: clears the previous answer, marks the form busy, keeps a refusal. Resolves true on success. */
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    if (submitting.value) return false
    submitting.value = true
    clear()
    try {
      await work()
      return true
    } catch (e) {
      capture(e)
      return false
    } finally {
      submitting.value = false
    }
  }

  return { error, fields, unplaced, submitting, capture, clear, fieldError, run }
}

/** Shows a refused action (suspend, disable…) as a message with the server's localized title and detail. */
export function notifyError(e: unknown): void {
  if (isApiError(e)) {
    const { title, detail } = problemText(e.problem, e.language)
    ElMessage({ type: 'error', message: detail ? `${title}：${detail}` : title, duration: 6000, showClose: true, grouping: true })
  } else {
    throw e
  }
}

export function notifySuccess(message: string): void {
  ElMessage({ type: 'success', message, grouping: true })
}
