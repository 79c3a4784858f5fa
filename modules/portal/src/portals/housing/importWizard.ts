/**
 * The import wizard's rules: which files it accepts (xlsx or csv, at most 60 MB, by name), what it sends as the
 * content type, how far a job has got, when a job is over, which commit modes a dry run allows, and which step the
 * wizard shows for the jobs it holds.
 */
import type { ImportJob, ImportMode, ImportState } from './types'

export const MAX_IMPORT_BYTES = 60 * 1024 * 1024
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const ACCEPT = '.xlsx,.csv,' + XLSX_TYPE + ',text/csv'

export type FileProblem = 'empty' | 'type' | 'size'

export interface FileLike {
  name: string
  size: number
}

export function fileKind(name: string): 'xlsx' | 'csv' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase()
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : null
}

/** What is wrong with a chosen file, or null when it can be uploaded. */
export function checkImportFile(file: FileLike | null | undefined): FileProblem | null {
  if (!file || file.size === 0) return 'empty'
  if (!fileKind(file.name)) return 'type'
  if (file.size > MAX_IMPORT_BYTES) return 'size'
  return null
}

/** The request's Content-Type for a file name (the server also accepts application/octet-stream). */
export function importContentType(name: string): string {
  const kind = fileKind(name)
  return kind === 'xlsx' ? XLSX_TYPE : kind === 'csv' ? 'text/csv' : 'application/octet-stream'
}

const FINISHED: readonly ImportState[] = ['DONE', 'FAILED', 'INTERRUPTED']

export function isFinished(job: Pick<ImportJob, 'state'> | null | undefined): boolean {
  return !!job && FINISHED.includes(job.state)
}

/** Percent of rows processed; null while the total is not known yet (show an indeterminate bar). */
export function jobPercent(job: Pick<ImportJob, 'state' | 'totalRows' | 'processedRows'> | null | undefined): number | null {
  if (!job) return null
  if (job.state === 'DONE') return 100
  if (!job.totalRows) return null
  return Math.min(100, Math.floor((job.processedRows / job.totalRows) * 100))
}

/** Rows without an error in a finished job. */
export function validRows(job: Pick<ImportJob, 'totalRows' | 'processedRows' | 'errorRows'>): number {
  return Math.max(0, (job.totalRows ?? job.processedRows) - job.errorRows)
}

export type CommitMode = Exclude<ImportMode, 'DRY_RUN'>

/**
 * Which commit modes a dry run allows: none until it finished well; all-or-nothing only when no row is bad (it
 * would write nothing); valid-only when at least one row is good.
 */
export function commitModes(dryRun: ImportJob | null | undefined): CommitMode[] {
  if (!dryRun || dryRun.mode !== 'DRY_RUN' || dryRun.state !== 'DONE') return []
  const modes: CommitMode[] = []
  if (dryRun.errorRows === 0 && validRows(dryRun) > 0) modes.push('ALL_OR_NOTHING')
  if (validRows(dryRun) > 0) modes.push('VALID_ONLY')
  return modes
}

/** The mode preselected after a dry run. */
export function defaultCommitMode(dryRun: ImportJob | null | undefined): CommitMode | null {
  const modes = commitModes(dryRun)
  return modes.includes('ALL_OR_NOTHING') ? 'ALL_OR_NOTHING' : (modes[0] ?? null)
}

/** 0 choose and upload, 1 dry-run report, 2 import and its result. */
export function wizardStep(dryRun: ImportJob | null | undefined, commit: ImportJob | null | undefined): 0 | 1 | 2 {
  if (commit) return 2
  if (dryRun) return dryRun.mode === 'DRY_RUN' ? 1 : 2
  return 0
}

/** Polling delay: quick at first, then every 2 s. */
export function pollDelay(attempt: number): number {
  return Math.min(2000, 400 + attempt * 200)
}

/** One page of a list held in memory (the error report). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): T[] {
  const p = Math.max(1, Math.floor(page))
  return rows.slice((p - 1) * size, p * size)
}

/** Bytes for people: 512 B, 1.5 KB, 12.3 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
