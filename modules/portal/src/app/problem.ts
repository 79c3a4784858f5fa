/** RFC 9457 problem documents as the API answers them, and the error every API call rejects with. */

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title: string
  status: number
  detail?: string
  instance?: string
  code: string
  errors?: FieldError[]
  /** Extensions such as `lockedUntil`. */
  [extension: string]: unknown
}

/** Codes that mean the session is over: back to the login page. */
export const SESSION_ENDED_CODES = new Set(['token-invalid', 'token-expired', 'unauthenticated', 'organization-mismatch'])

export class ApiError extends Error {
  readonly problem: Problem
  /** The UI language the server was asked to answer in. */
  readonly language: string

  constructor(problem: Problem, language: string) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title)
    this.name = 'ApiError'
    this.problem = problem
    this.language = language
  }

  get status(): number {
    return this.problem.status
  }

  get code(): string {
    return this.problem.code
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.title === 'string' && typeof v.status === 'number'
}

/**
 * Field messages keyed by the API's field path (`admin.password`, `divisionCodes[1]`, `branding.primaryColor`);
 * several messages for one field are joined.
 */
export function fieldErrors(problem: Problem | null | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of problem?.errors ?? []) {
    const field = normalizeField(e.field)
    out[field] = out[field] ? `${out[field]}；${e.message}` : e.message
  }
  return out
}

/** `create.body.admin.password` or `body.code` (Bean Validation paths) become `admin.password`, `code`. */
export function normalizeField(field: string): string {
  return field.replace(/^[a-zA-Z]+\.(?:arg\d+|body|request)\./, '').replace(/^(?:arg\d+|body|request)\./, '')
}

/** Field errors whose field the form does not show: they go into the form's alert instead. */
export function unplacedErrors(problem: Problem | null | undefined, shownFields: readonly string[]): FieldError[] {
  const shown = new Set(shownFields)
  return (problem?.errors ?? []).filter((e) => !shown.has(normalizeField(e.field)))
}
