/**
 * What a finance user may do, as the server decides it (so that buttons that would only be refused are not offered):
 * decide a pending adjustment with `finance:approve` unless they proposed it (the server records the proposer as
 * `username@organization`); propose one with `finance:write` on an active account without a pending one.
 */
import type { Adjustment, LeaseAccount } from './types'

export interface FinanceUser {
  can: (permission: string) => boolean
  username: string
  organization: string
}

/** The actor the server records for this user: `admin@demo`. */
export function actorOf(user: Pick<FinanceUser, 'username' | 'organization'>): string {
  return `${user.username}@${user.organization}`
}

export type DecisionBlock = 'permission' | 'decided' | 'ownProposal' | null

/** Why this user cannot approve or reject the adjustment, or null when they can. */
export function decisionBlock(adj: Pick<Adjustment, 'status' | 'requestedBy'>, user: FinanceUser): DecisionBlock {
  if (!user.can('finance:approve')) return 'permission'
  if (adj.status !== 'PENDING') return 'decided'
  if (adj.requestedBy === actorOf(user)) return 'ownProposal'
  return null
}

export function canPropose(account: Pick<LeaseAccount, 'active'> | null, adjustments: readonly Pick<Adjustment, 'status'>[], user: FinanceUser): boolean {
  return !!account && account.active && user.can('finance:write') && !adjustments.some((a) => a.status === 'PENDING')
}
