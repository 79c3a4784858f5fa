import { describe, expect, it } from 'vitest'
import { i18n } from '@/app/i18n'
import {
  backingSize,
  canvasPoint,
  dataUrlBytes,
  exportSignature,
  fitWithin,
  hasEnoughInk,
  inkBounds,
  inkLength,
  isPngDataUrl,
  MAX_EXPORT,
  type CanvasLike,
  type Stroke,
} from './signature'
import { allAcknowledged, canSend, isSixDigits, missingFromProblem, missingSections, normalizeCode, secondsUntilResend, signingStep, signingView } from './signing'

const PNG = 'data:image/png;base64,iVBORw0KGgo='

/** A canvas stand-in that records what the export drew. */
function fakeCanvas(width: number, height: number, log: unknown[] = [], url = PNG): CanvasLike {
  return {
    width,
    height,
    getContext: () => ({
      fillStyle: '',
      fillRect: (...a: number[]) => log.push(['fillRect', ...a]),
      drawImage: (_img: unknown, ...a: number[]) => log.push(['drawImage', ...a]),
    }),
    toDataURL: (type: string) => (type === 'image/png' ? url : ''),
  }
}

const zigzag: Stroke = [
  { x: 20, y: 80 },
  { x: 60, y: 20 },
  { x: 100, y: 80 },
  { x: 140, y: 20 },
]

describe('the signature pad', () => {
  it('maps a finger or mouse position into canvas pixels at the screen ratio', () => {
    const rect = { left: 16, top: 300, width: 343, height: 180 }
    const canvas = backingSize(343, 180, 2)
    expect(canvas).toEqual({ width: 686, height: 360, scale: 2 })
    expect(canvasPoint({ clientX: 16 + 100, clientY: 300 + 50 }, rect, canvas)).toEqual({ x: 200, y: 100 })
    // Ratios are clamped to 1..3 (a 4× screen does not make a huge canvas; 0 is treated as 1).
    expect(backingSize(100, 50, 4).scale).toBe(3)
    expect(backingSize(100, 50, 0)).toEqual({ width: 100, height: 50, scale: 1 })
  })

  it('counts a tap or a short stroke as no signature, a written name as one', () => {
    expect(inkLength([[{ x: 5, y: 5 }]])).toBe(0)
    expect(inkLength([[{ x: 0, y: 0 }, { x: 3, y: 4 }]])).toBe(5)
    expect(hasEnoughInk([[{ x: 0, y: 0 }, { x: 30, y: 0 }]])).toBe(false)
    expect(hasEnoughInk([zigzag])).toBe(true)
    // At twice the pixel ratio the same ink length is half as long on screen.
    expect(hasEnoughInk([[{ x: 0, y: 0 }, { x: 60, y: 0 }]], 1)).toBe(true)
    expect(hasEnoughInk([[{ x: 0, y: 0 }, { x: 60, y: 0 }]], 2)).toBe(false)
  })

  it('crops to the ink with a margin, inside the canvas', () => {
    expect(inkBounds([], { width: 300, height: 100 })).toBeNull()
    expect(inkBounds([zigzag], { width: 300, height: 100 }, 12)).toEqual({ x: 8, y: 8, width: 144, height: 84 })
    expect(inkBounds([[{ x: 2, y: 95 }, { x: 299, y: 99 }]], { width: 300, height: 100 }, 12)).toEqual({ x: 0, y: 83, width: 300, height: 17 })
  })

  it('scales a large signature down to at most 600 × 240, keeping its shape, never up', () => {
    expect(fitWithin(1200, 240)).toEqual({ width: 600, height: 120 })
    expect(fitWithin(300, 480)).toEqual({ width: 150, height: 240 })
    expect(fitWithin(144, 84)).toEqual({ width: 144, height: 84 })
    expect(MAX_EXPORT).toEqual({ width: 600, height: 240 })
  })

  it('exports the inked part on white as a PNG data URL, or nothing without enough ink', () => {
    const log: unknown[] = []
    const source = fakeCanvas(686, 360)
    const url = exportSignature(source, [zigzag], (w, h) => fakeCanvas(w, h, log), 1)
    expect(url).toBe(PNG)
    expect(log).toEqual([
      ['fillRect', 0, 0, 144, 84],
      ['drawImage', 8, 8, 144, 84, 0, 0, 144, 84],
    ])
    expect(exportSignature(source, [[{ x: 1, y: 1 }]], (w, h) => fakeCanvas(w, h))).toBeNull()
    // A browser that cannot make PNGs (answers another type) gives no signature rather than a bad one.
    expect(exportSignature(source, [zigzag], (w, h) => fakeCanvas(w, h, [], 'data:,'))).toBeNull()
  })

  it('checks PNG data URLs and their decoded size', () => {
    expect(isPngDataUrl(PNG)).toBe(true)
    expect(isPngDataUrl('data:image/jpeg;base64,AAAA')).toBe(false)
    expect(isPngDataUrl('data:image/png;base64,<script>')).toBe(false)
    expect(dataUrlBytes('data:image/png;base64,AAAA')).toBe(3)
    expect(dataUrlBytes('data:image/png;base64,AAA=')).toBe(2)
  })
})

describe('the signing steps', () => {
  it('asks to acknowledge both sections, then a code, then signature and code', () => {
    const base = { acknowledged: [] as ('LIABILITY' | 'RETURN_CONDITIONS')[], codeRequested: false, inked: false, code: '' }
    expect(signingStep(base)).toBe(0)
    expect(signingStep({ ...base, acknowledged: ['LIABILITY'] })).toBe(0)
    expect(missingSections(['LIABILITY'])).toEqual(['RETURN_CONDITIONS'])
    const acked = { ...base, acknowledged: ['RETURN_CONDITIONS', 'LIABILITY'] as ('LIABILITY' | 'RETURN_CONDITIONS')[] }
    expect(allAcknowledged(acked.acknowledged)).toBe(true)
    expect(signingStep(acked)).toBe(1)
    expect(signingStep({ ...acked, codeRequested: true, inked: true, code: '12345' })).toBe(2)
    expect(signingStep({ ...acked, codeRequested: true, inked: false, code: '123456' })).toBe(2)
    expect(canSend({ ...acked, codeRequested: true, inked: true, code: '123 456' })).toBe(true)
  })

  it('takes six digits, spaces ignored', () => {
    expect(normalizeCode(' 12 34 56 ')).toBe('123456')
    expect(isSixDigits('123456')).toBe(true)
    expect(isSixDigits('12345a')).toBe(false)
    expect(isSixDigits('1234567')).toBe(false)
  })

  it('counts down to the next code from an instant or a number of seconds', () => {
    const now = Date.parse('2026-03-01T08:00:00Z')
    expect(secondsUntilResend('2026-03-01T08:00:59.200Z', now - 1000, now)).toBe(60)
    expect(secondsUntilResend(60, now - 15_000, now)).toBe(45)
    expect(secondsUntilResend('2026-03-01T07:59:00Z', now, now)).toBe(0)
    expect(secondsUntilResend(null, now, now)).toBe(0)
    expect(secondsUntilResend('not a date', now, now)).toBe(0)
    expect(i18n.global.t('leasing.sign.resendIn', { seconds: 45 })).toBe('45 秒后可重新获取')
  })

  it('reads the missing sections of a 409 acknowledgement-missing', () => {
    expect(missingFromProblem({ code: 'acknowledgement-missing', missing: ['RETURN_CONDITIONS', 'BOGUS'] })).toEqual(['RETURN_CONDITIONS'])
    expect(missingFromProblem({ code: 'lease-already-signed', missing: ['LIABILITY'] })).toEqual([])
    expect(missingFromProblem(null)).toEqual([])
  })

  it('offers the signing flow to the one who may sign, a note to the other members, nothing once signed', () => {
    expect(signingView({ lease: { status: 'APPROVED' }, canSign: true })).toBe('sign')
    expect(signingView({ lease: { status: 'APPROVED' }, canSign: false })).toBe('applicantOnly')
    expect(signingView({ lease: { status: 'APPROVED' }, canSign: true }, true)).toBe('none')
    expect(signingView({ lease: { status: 'SIGNED' }, canSign: false })).toBe('none')
    expect(signingView({ lease: { status: 'ACTIVE' }, canSign: true })).toBe('none')
  })
})
