/** Service-window texts as the public page shows them: lists split into items, phone numbers dialable. */

/** Lines of a text, numbered or bulleted prefixes (`1.`, `1、`, `-`, `•`) removed, blanks dropped. */
export function textItems(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n|；|;/)
    .map((l) => l.trim().replace(/^(?:\d+\s*[.、．)）]|[-•·*])\s*/, '').trim())
    .filter(Boolean)
}

/** Several numbers in one field (`0571-88888888 / 12345`) as separate entries. */
export function phoneNumbers(hotline: string | null | undefined): string[] {
  return (hotline ?? '')
    .split(/[,，、/;；]|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** A `tel:` link: digits, +, and the separators a dialer accepts; extension text dropped. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+*#,;-]/g, '')}`
}
