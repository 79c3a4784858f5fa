/**
 * Corrections of the ledger as the server allows them (finance:approve, a reason of 1–200 characters), so that
 * buttons that would only be refused are not offered: write off what an open or partly paid bill still owes (核销);
 * reverse (冲正) a CHARGE, a WRITE_OFF or a PAYMENT that no entry in the list reverses yet. An entry is reversed when
 * another entry's `reversesId` names it; it is reversed at most once, and a REVERSAL itself is final.
 *
 * Whether a PAYMENT came from the counter or direct debit (the only ones reversible: online money is refunded) is
 * not in the entry: the server's 409 `payment-not-reversible` says so, and the dialog shows it.
 */
import type { Bill, BillStatus, LedgerEntry, LedgerKind } from './types'

export const APPROVE_PERMISSION = 'finance:approve'
/** The server's @Size(max = 200) on the reason. */
export const REASON_MAX = 200
export const WRITABLE_OFF: readonly BillStatus[] = ['OPEN', 'PARTIAL']
export const REVERSIBLE_KINDS: readonly LedgerKind[] = ['CHARGE', 'WRITE_OFF', 'PAYMENT']

type Can = (permission: string) => boolean

/** Write-off is offered on open and partly paid bills to holders of finance:approve. */
export function canWriteOff(bill: Pick<Bill, 'status'> | null | undefined, can: Can): boolean {
  return !!bill && WRITABLE_OFF.includes(bill.status) && can(APPROVE_PERMISSION)
}

/** The reversal of each reversed entry in the list, by the id of the entry it reverses. */
export function reversalsById(entries: readonly Pick<LedgerEntry, 'id' | 'kind' | 'reversesId'>[]): Map<number, number> {
  const out = new Map<number, number>()
  for (const e of entries) {
    if (e.reversesId !== null && e.reversesId !== undefined) out.set(e.reversesId, e.id)
  }
  return out
}

/** `reversed`: another listed entry reverses it; `reversible`: a kind the server reverses; `final`: neither. */
export type ReversalState = 'reversed' | 'reversible' | 'final'

export function reversalState(entry: Pick<LedgerEntry, 'id' | 'kind'>, reversals: ReadonlyMap<number, number>): ReversalState {
  if (reversals.has(entry.id)) return 'reversed'
  return REVERSIBLE_KINDS.includes(entry.kind) ? 'reversible' : 'final'
}

/** The 冲正 button: finance:approve, a reversible kind, not reversed yet. */
export function canReverse(entry: Pick<LedgerEntry, 'id' | 'kind'>, reversals: ReadonlyMap<number, number>, can: Can): boolean {
  return can(APPROVE_PERMISSION) && reversalState(entry, reversals) === 'reversible'
}

/** What reversing an entry of this kind does, as an i18n key (`finance.reversal.effect.CHARGE`…). */
export function reversalEffectKey(kind: LedgerKind): string {
  return `finance.reversal.effect.${REVERSIBLE_KINDS.includes(kind) ? kind : 'OTHER'}`
}

export type ReasonProblem = 'required' | 'tooLong' | null

/** A reason the server takes: not blank, at most 200 characters once trimmed. */
export function reasonProblem(reason: string | null | undefined): ReasonProblem {
  const text = (reason ?? '').trim()
  if (!text) return 'required'
  return text.length > REASON_MAX ? 'tooLong' : null
}
