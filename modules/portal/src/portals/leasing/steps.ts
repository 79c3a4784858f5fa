/**
 * The approval steps a lease type's editor holds: numbered 1..n in order, each with a name, at least one role and a
 * mode; moving and removing keep the numbering.
 */
import type { LeaseTypeStep, StepMode } from './types'

export interface StepForm {
  key: string
  name: string
  roles: string[]
  mode: StepMode
}

let seq = 0
export function blankStep(): StepForm {
  seq += 1
  return { key: `s-${seq}`, name: '', roles: [], mode: 'ANY' }
}

export function stepForms(steps: readonly LeaseTypeStep[]): StepForm[] {
  return [...steps].sort((a, b) => a.stepNo - b.stepNo).map((s) => ({ ...blankStep(), name: s.name, roles: [...s.roles], mode: s.mode }))
}

/** The API's steps, numbered in the order shown. */
export function stepInputs(forms: readonly StepForm[]): LeaseTypeStep[] {
  return forms.map((f, i) => ({ stepNo: i + 1, name: f.name.trim(), roles: [...new Set(f.roles)], mode: f.mode }))
}

/** Moves step `index` by `delta` (−1 up, +1 down) when it can move. */
export function moveStep<T>(list: T[], index: number, delta: -1 | 1): void {
  const to = index + delta
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return
  const [item] = list.splice(index, 1)
  list.splice(to, 0, item)
}

export type StepProblem = 'none' | 'name' | 'roles'

/** The first problem of the step list, with the step's index (−1 for the list as a whole). */
export function stepsProblem(forms: readonly StepForm[]): { index: number; problem: StepProblem } | null {
  if (!forms.length) return { index: -1, problem: 'none' }
  for (let i = 0; i < forms.length; i++) {
    if (!forms[i].name.trim()) return { index: i, problem: 'name' }
    if (!forms[i].roles.length) return { index: i, problem: 'roles' }
  }
  return null
}
