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

/** The headers every call sends (language, organization, token): for the live stream, which reads its body itself. */
export function standardHeaders(): Record<string, string> {
  const c = ctx()
  const headers: Record<string, string> = { 'Accept-Language': c.language(), 'X-Anju-Organization': c.organization() }
  const token = c.token()
  if (token) headers.Authorization = `Bearer ${token}`
  return headers
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

/** The file name a Content-Disposition header gives (RFC 6266: `filename*=UTF-8''…` preferred), else null. */
export function contentDispositionFileName(header: string | null | undefined): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  return plain ? (plain[2] ?? plain[1]).trim() : null
}

export interface TransferProgress {
  loaded: number
  /** 0 when the size is unknown. */
  total: number
}

function headersFor(c: ApiContext, accept: string, organization?: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: accept,
    'Accept-Language': c.language(),
    'X-Anju-Organization': organization ?? c.organization(),
  }
  const token = c.token()
  if (token) headers.Authorization = `Bearer ${token}`
  return headers
}

function problemFrom(c: ApiContext, status: number, text: string, hadToken: boolean): ApiError {
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  const problem: Problem = isProblem(data)
    ? { ...data, code: (data as Problem).code ?? `http-${status}` }
    : c.fallbackProblem('http', status)
  if (hadToken && (status === 401 || status === 403) && SESSION_ENDED_CODES.has(problem.code)) c.sessionEnded(problem)
  return new ApiError(problem, c.language())
}

/**
 * A file the API produces (PDF, Excel), fetched with the token and language like any call; progress is reported
 * while the body streams in (total 0 when the server sends no length). Failures reject with an ApiError.
 */
export async function download(
  path: string,
  options: { query?: Query; signal?: AbortSignal; onProgress?: (p: TransferProgress) => void } = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const c = ctx()
  const hadToken = !!c.token()
  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      headers: headersFor(c, '*/*'),
      signal: options.signal,
      credentials: 'same-origin',
    })
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e
    throw new ApiError(c.fallbackProblem('network', 0), c.language())
  }
  if (!response.ok) throw problemFrom(c, response.status, await response.text(), hadToken)
  const fileName = contentDispositionFileName(response.headers.get('Content-Disposition'))
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
  const total = Number(response.headers.get('Content-Length')) || 0
  if (!response.body || !options.onProgress) return { blob: await response.blob(), fileName }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loaded = 0
  options.onProgress({ loaded, total })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    options.onProgress({ loaded, total })
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName }
}

/**
 * Sends a file as the raw request body with XMLHttpRequest, whose upload events tell the progress of large files
 * (fetch cannot). Same headers as every call; answers the parsed JSON, or rejects with an ApiError.
 */
export function upload<T>(
  path: string,
  body: Blob,
  options: { query?: Query; contentType?: string; signal?: AbortSignal; onProgress?: (p: TransferProgress) => void } = {},
): Promise<T> {
  const c = ctx()
  const hadToken = !!c.token()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', buildUrl(path, options.query))
    for (const [k, v] of Object.entries(headersFor(c, 'application/json, application/problem+json'))) xhr.setRequestHeader(k, v)
    xhr.setRequestHeader('Content-Type', options.contentType || 'application/octet-stream')
    xhr.upload.onprogress = (e) => options.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 })
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T)
        } catch {
          resolve(undefined as T)
        }
      } else {
        reject(problemFrom(c, xhr.status, xhr.responseText, hadToken))
      }
    }
    xhr.onerror = () => reject(new ApiError(c.fallbackProblem('network', 0), c.language()))
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'))
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(body)
  })
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}
