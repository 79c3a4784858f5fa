/**
 * A paged, filtered list whose filter and page live in the URL (refresh, back and shared links keep them):
 * `filter` is what the form edits, `applied` what the list shows (and what an export fetches).
 */
import { reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { isApiError, type ApiError } from '@/app/problem'
import type { Page } from '@/app/types'

export const PAGE_SIZES = [10, 20, 50, 100]
const DEFAULT_SIZE = 20

type Filter = Record<string, string>

function positiveInt(value: unknown, fallback: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** The filter fields of a query string, defaults for the rest. */
export function filterFromQuery<F extends Filter>(defaults: F, query: LocationQuery): F {
  const out = { ...defaults }
  for (const key of Object.keys(defaults) as (keyof F)[]) {
    const v = query[key as string]
    const s = Array.isArray(v) ? v[0] : v
    if (typeof s === 'string') out[key] = s as F[keyof F]
  }
  return out
}

/** The query string for a filter and page: empty fields, page 1 and the default size are left out. */
export function queryFromFilter(filter: Filter, page: number, size: number): Record<string, string> {
  const q: Record<string, string> = {}
  for (const [k, v] of Object.entries(filter)) if (v.trim() !== '') q[k] = v.trim()
  if (page > 1) q.page = String(page)
  if (size !== DEFAULT_SIZE) q.size = String(size)
  return q
}

export function useListQuery<T, F extends Filter>(
  defaults: F,
  load: (filter: F, page: number, size: number, signal: AbortSignal) => Promise<Page<T>>,
) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name
  const filter = reactive({ ...defaults }) as F
  const applied = ref({ ...defaults }) as Ref<F>
  const page = ref(1)
  const size = ref(DEFAULT_SIZE)
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  async function fetchPage(): Promise<void> {
    controller?.abort()
    const c = new AbortController()
    controller = c
    loading.value = true
    error.value = null
    try {
      const r = await load(applied.value, page.value, size.value, c.signal)
      if (c.signal.aborted) return
      rows.value = r.items
      total.value = r.total
      // A page past the end (rows deleted meanwhile): show the last page instead.
      if (r.items.length === 0 && r.total > 0 && page.value > 1) {
        navigate(Math.max(1, Math.ceil(r.total / size.value)))
      }
    } catch (e) {
      if ((e as { name?: string })?.name === 'AbortError') return
      if (isApiError(e)) error.value = e
      else throw e
    } finally {
      if (controller === c) loading.value = false
    }
  }

  function navigate(toPage: number, f: Filter = applied.value) {
    void router.replace({ query: queryFromFilter(f, toPage, size.value) })
  }

  function readQuery(query: LocationQuery) {
    const f = filterFromQuery(defaults, query)
    applied.value = f
    Object.assign(filter, f)
    page.value = positiveInt(query.page, 1)
    size.value = PAGE_SIZES.includes(positiveInt(query.size, DEFAULT_SIZE)) ? positiveInt(query.size, DEFAULT_SIZE) : DEFAULT_SIZE
  }

  watch(
    () => route.query,
    (query) => {
      if (route.name !== routeName) return
      readQuery(query)
      void fetchPage()
    },
    { immediate: true },
  )

  return {
    filter,
    applied,
    page,
    size,
    rows,
    total,
    loading,
    error,
    /** Applies the form's filter from page 1. */
    search: () => {
      const same = JSON.stringify(queryFromFilter(filter, 1, size.value)) === JSON.stringify(route.query)
      if (same) void fetchPage()
      else navigate(1, filter)
    },
    reset: () => {
      Object.assign(filter, defaults)
      navigate(1, defaults)
    },
    setPage: (p: number) => navigate(p),
    setSize: (s: number) => {
      size.value = s
      navigate(1)
    },
    reload: fetchPage,
  }
}
