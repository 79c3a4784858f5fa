/**
 * Which actions the lease page offers, from the lease's status (and the transitions the server says are allowed
 * next), the user's permissions, and for approvals whether the current step is theirs. The server has the last word;
 * the page never offers what is sure to be refused.
 */
import { mayDecide, type Decider } from './approval'
import type { Approval, LeaseStatus } from './types'

export type LeaseAction = 'edit' | 'submit' | 'approve' | 'reject' | 'return' | 'cancel' | 'checkIn' | 'terminate' | 'contractPdf'

/** Display order of the action buttons. */
export const LEASE_ACTIONS: readonly LeaseAction[] = ['approve', 'reject', 'return', 'submit', 'edit', 'checkIn', 'terminate', 'cancel', 'contractPdf']

interface Rule {
  from: readonly LeaseStatus[]
  permission: string
  /** The status the action leads to, checked against `allowedNext` when the server sent it. */
  to?: LeaseStatus
}

const RULES: Record<LeaseAction, Rule> = {
  edit: { from: ['DRAFT'], permission: 'lease:write' },
  submit: { from: ['DRAFT'], permission: 'lease:write', to: 'PENDING_APPROVAL' },
  approve: { from: ['PENDING_APPROVAL'], permission: 'lease:approve' },
  reject: { from: ['PENDING_APPROVAL'], permission: 'lease:approve', to: 'REJECTED' },
  return: { from: ['PENDING_APPROVAL'], permission: 'lease:approve', to: 'DRAFT' },
  cancel: { from: ['DRAFT', 'APPROVED', 'SIGNED'], permission: 'lease:write', to: 'CANCELLED' },
  checkIn: { from: ['SIGNED'], permission: 'lease:write', to: 'ACTIVE' },
  terminate: { from: ['ACTIVE', 'EXPIRED'], permission: 'lease:terminate', to: 'TERMINATED' },
  contractPdf: { from: [], permission: 'lease:read' },
}

const APPROVAL_ACTIONS: readonly LeaseAction[] = ['approve', 'reject', 'return']

export interface LeaseLike {
  status: LeaseStatus
  allowedNext?: readonly LeaseStatus[] | null
  approval?: Approval | null
}

export interface ActionContext extends Decider {
  can: (permission: string) => boolean
}

export function leaseActions(lease: LeaseLike, ctx: ActionContext): LeaseAction[] {
  return LEASE_ACTIONS.filter((action) => {
    const rule = RULES[action]
    if (!ctx.can(rule.permission)) return false
    if (action === 'contractPdf') return lease.status !== 'CANCELLED'
    if (!rule.from.includes(lease.status)) return false
    if (rule.to && lease.allowedNext && !lease.allowedNext.includes(rule.to)) return false
    if (APPROVAL_ACTIONS.includes(action)) return mayDecide(lease.approval, ctx)
    return true
  })
}

export type DecisionAction = 'submit' | 'approve' | 'reject' | 'return' | 'cancel'

/** Reject, return and cancel need a reason; submit and approve take an optional comment. */
export function reasonRequired(action: DecisionAction): boolean {
  return action === 'reject' || action === 'return' || action === 'cancel'
}
