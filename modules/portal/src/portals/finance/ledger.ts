/**
 * The ledger (租金台账) as staff read it: entries in posting order with the running balance after each (charges
 * raise what is owed, payments lower it), and the totals of a selection.
 */
import { fromFen, toFen } from './money'
import type { LedgerEntry } from './types'

export interface LedgerRow extends LedgerEntry {
  /** What is owed after this entry (negative: credit), in yuan to the fen. */
  runningBalance: number
}

/** Running balance per lease when several leases are listed together (a household): each lease keeps its own. */
export function withRunningBalance(entries: readonly LedgerEntry[]): LedgerRow[] {
  const byLease = new Map<number, number>()
  let total = 0
  const perLease = new Set(entries.map((e) => e.leaseId)).size > 1
  return entries.map((e) => {
    const fen = toFen(e.amount) ?? 0
    total += fen
    const lease = (byLease.get(e.leaseId) ?? 0) + fen
    byLease.set(e.leaseId, lease)
    return { ...e, runningBalance: fromFen(perLease ? lease : total) }
  })
}

export interface LedgerTotals {
  charged: number
  paid: number
  other: number
  balance: number
}

/** Charged (CHARGE), paid (PAYMENT, as a positive figure), everything else, and the balance. */
export function ledgerTotals(entries: readonly LedgerEntry[]): LedgerTotals {
  let charged = 0
  let paid = 0
  let other = 0
  for (const e of entries) {
    const fen = toFen(e.amount) ?? 0
    if (e.kind === 'CHARGE') charged += fen
    else if (e.kind === 'PAYMENT') paid -= fen
    else other += fen
  }
  return { charged: fromFen(charged), paid: fromFen(paid), other: fromFen(other), balance: fromFen(charged - paid + other) }
}
