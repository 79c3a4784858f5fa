/**
 * Approval steps as the lease page and the inbox show them (R6.3c): each step's state and colour, how far an
 * "all" (会签) step has got, whose decision is still awaited, and whether the signed-in user may decide now.
 */
import type { ApprovalDecision, ApprovalStep, Approval } from './types'

export type TimelineType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export interface StepDisplay {
  /** el-timeline-item type: done green, current blue, waiting grey; a rejection red, a return amber. */
  type: TimelineType
  hollow: boolean
  /** Approvals counted towards the step, and how many it needs (1 for ANY, one per role for ALL). */
  approved: number
  needed: number
  /** Roles whose approval an ALL step still waits for (ANY: every role while nobody approved). */
  pendingRoles: string[]
  /** The last REJECT or RETURN of the step, if any. */
  refusal: ApprovalDecision | null
}

function approvals(step: ApprovalStep): ApprovalDecision[] {
  return (step.decisions ?? []).filter((d) => d.decision === 'APPROVE')
}

export function stepDisplay(step: ApprovalStep): StepDisplay {
  const approved = approvals(step)
  const refusal = [...(step.decisions ?? [])].reverse().find((d) => d.decision !== 'APPROVE') ?? null
  let needed: number
  let count: number
  let pendingRoles: string[]
  if (step.mode === 'ALL') {
    const done = new Set(approved.map((d) => d.role))
    needed = step.roles.length
    count = step.roles.filter((r) => done.has(r)).length
    pendingRoles = step.roles.filter((r) => !done.has(r))
  } else {
    needed = 1
    count = approved.length > 0 ? 1 : 0
    pendingRoles = count ? [] : [...step.roles]
  }
  let type: TimelineType
  if (refusal?.decision === 'REJECT') type = 'danger'
  else if (refusal?.decision === 'RETURN') type = 'warning'
  else if (step.state === 'DONE') type = 'success'
  else if (step.state === 'CURRENT') type = 'primary'
  else type = 'info'
  return { type, hollow: step.state === 'WAITING', approved: count, needed, pendingRoles: step.state === 'DONE' ? [] : pendingRoles, refusal }
}

/** The step being decided: the one marked CURRENT, else the one `currentStep` names. */
export function currentStep(approval: Approval | null | undefined): ApprovalStep | null {
  if (!approval) return null
  return approval.steps.find((s) => s.state === 'CURRENT') ?? approval.steps.find((s) => s.stepNo === approval.currentStep) ?? null
}

export interface Decider {
  roles: readonly string[]
  username: string
  displayName?: string
}

function isSelf(actor: string, who: Decider): boolean {
  return actor === who.username || (!!who.displayName && actor === who.displayName)
}

/**
 * Whether `who` may decide the current step: they hold a role the step names (for ALL, one whose approval is still
 * missing) and have not decided this step yet. The server checks again (403 approval-not-your-step, 409
 * approval-already-decided); this only decides which buttons to offer.
 */
export function mayDecide(approval: Approval | null | undefined, who: Decider): boolean {
  const step = currentStep(approval)
  if (!step) return false
  if ((step.decisions ?? []).some((d) => isSelf(d.actor, who))) return false
  const mine = step.roles.filter((r) => who.roles.includes(r))
  if (!mine.length) return false
  if (step.mode === 'ALL') {
    const pending = stepDisplay(step).pendingRoles
    return mine.some((r) => pending.includes(r))
  }
  return true
}

/** Role codes as people read them: the organization's role names when known, else built-in names, else the code. */
export function roleLabel(code: string, names: ReadonlyMap<string, string> | Record<string, string>, builtin: (code: string) => string | null): string {
  const name = names instanceof Map ? names.get(code) : (names as Record<string, string>)[code]
  return name ?? builtin(code) ?? code
}
