/**
 * The one HTTP client of the portals. Every call sends the UI language (the server localizes problem documents
 * from Accept-Language), the organization the portal is branded for (X-Anju-Organization: the server refuses a
 * token of another organization) and the bearer token. Failures reject with an ApiError carrying the problem.
 */
import { ApiError, SESSION_ENDED_CODES, isProblem, type Problem } from './problem'

export const API_BASE = '/api/v1'

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Sent as Idempotency-Key: the same key for retries of one submission makes the server create once. */
  idempotencyKey?: string
  signal?: AbortSignal
  /** The organization to address instead of the portal's (the chooser asks branding of any organization). */
  organization?: string
}

export interface ApiContext {
  organization(): string
  token(): string | null
  language(): string
  /** Called when a call with a token is refused because the session is over (expired, revoked, other org). */
  sessionEnded(problem: Problem): void
  /** Text for failures without a problem document (network down, proxy errors). */
  fallbackProblem(kind: 'network' | 'http', status: number): Problem
}

let context: ApiContext | null = null

export function configureApi(ctx: ApiContext): void {
  context = ctx
}

function ctx(): ApiContext {
  if (!context) throw new Error('API used before configureApi()')
  return context
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.append(k, String(v))
  }
  const qs = params.toString()
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`
}

/** A fresh Idempotency-Key for one form submission. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const c = ctx()
  const language = c.language()
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
    'X-Anju-Organization': options.organization ?? c.organization(),
  }
  const token = c.token()
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    })
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e
    throw new ApiError(c.fallbackProblem('network', 0), language)
  }

  if (response.status === 204) return undefined as T
  const text = await response.text()
  let data: unknown = undefined
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
  }
  if (response.ok) return data as T

  const problem: Problem = isProblem(data)
    ? { ...data, code: (data as Problem).code ?? `http-${response.status}` }
    : c.fallbackProblem('http', response.status)
  if (token && (response.status === 401 || response.status === 403) && SESSION_ENDED_CODES.has(problem.code)) {
    c.sessionEnded(problem)
  }
  throw new ApiError(problem, language)
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}
