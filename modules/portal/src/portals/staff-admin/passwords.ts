/** Initial and reset passwords an administrator hands over: 12 characters, letters and digits, no look-alikes. */

const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'
const ALL = LETTERS + DIGITS

function pick(alphabet: string, random: () => number): string {
  return alphabet[Math.floor(random() * alphabet.length)]
}

function cryptoRandom(): number {
  const a = new Uint32Array(1)
  crypto.getRandomValues(a)
  return a[0] / 2 ** 32
}

/** Meets the server's policy (8–64 characters, letters and digits). */
export function generatePassword(length = 12, random: () => number = cryptoRandom): string {
  const chars = [pick(LETTERS, random), pick(DIGITS, random)]
  while (chars.length < length) chars.push(pick(ALL, random))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}

/** The client-side check before asking the server (which has the last word). */
export function passwordProblems(password: string, username = ''): ('length' | 'mix' | 'username')[] {
  const out: ('length' | 'mix' | 'username')[] = []
  if (password.length < 8 || password.length > 64) out.push('length')
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) out.push('mix')
  if (username && password.toLowerCase() === username.toLowerCase()) out.push('username')
  return out
}
