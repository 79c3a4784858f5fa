/**
 * Contract template placeholders (docs/api/leasing.md): the ones the server fills from the lease, with a help key
 * each, the unknown ones a text uses (the server refuses them with 400 on `body`), and inserting one at the cursor.
 */

export const PLACEHOLDERS = [
  { name: 'lessor', key: 'lessor' },
  { name: 'tenant.name', key: 'tenantName' },
  { name: 'tenant.idNumber', key: 'tenantIdNumber' },
  { name: 'members', key: 'members' },
  { name: 'unit.label', key: 'unitLabel' },
  { name: 'unit.area', key: 'unitArea' },
  { name: 'unit.layout', key: 'unitLayout' },
  { name: 'lease.number', key: 'leaseNumber' },
  { name: 'lease.start', key: 'leaseStart' },
  { name: 'lease.end', key: 'leaseEnd' },
  { name: 'lease.rent', key: 'leaseRent' },
  { name: 'lease.rentCategory', key: 'leaseRentCategory' },
  { name: 'lease.deposit', key: 'leaseDeposit' },
  { name: 'fees', key: 'fees' },
] as const

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.name))

export function token(name: string): string {
  return `{{${name}}}`
}

/** Placeholders in `text` the server does not know, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const name = m[1]
    if (!KNOWN.has(name) && !out.includes(name)) out.push(name)
  }
  return out
}

/** Placeholders `text` uses, each once. */
export function usedPlaceholders(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) if (KNOWN.has(m[1]) && !out.includes(m[1])) out.push(m[1])
  return out
}

/** `text` with `insert` put in place of the selection [start, end); answers the new text and the caret after it. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const a = Math.max(0, Math.min(start, text.length))
  const b = Math.max(a, Math.min(end, text.length))
  return { text: text.slice(0, a) + insert + text.slice(b), caret: a + insert.length }
}

/**
 * Codes of templates, lease types and fee items: a letter, then letters, digits or `_` (2–40 in all); the server
 * stores them upper-cased (`[A-Z][A-Z0-9_]{1,39}`), and template versions are addressed by code in the URL.
 */
export const CATALOGUE_CODE = /^[A-Za-z][A-Za-z0-9_]{1,39}$/
