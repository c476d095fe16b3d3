import { escapeHtml } from '@kitajs/html'
import { THAI_COMPOUNDS } from './thai-compounds.ts'

const THAI = /[\u0E00-\u0E7F]/
const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
// Longest first, so that a compound containing another is matched whole.
const COMPOUND = new RegExp([...THAI_COMPOUNDS].sort((a, b) => b.length - a.length).join('|'), 'g')

// Prefixes that make a noun of the word after them: a line never ends on one (การ|ประเมิน).
const PREFIXES = new Set(['การ', 'ความ', 'ผู้', 'นัก'])

type Piece = { segment: string; isWordLike: boolean }

/** The segmenter's words, except that a known compound (thai-compounds.ts) stays one word. */
function segments(text: string): Piece[] {
  const pieces: Piece[] = []
  const dictionary = (chunk: string) => {
    for (const s of segmenter.segment(chunk)) pieces.push({ segment: s.segment, isWordLike: s.isWordLike ?? false })
  }
  let at = 0
  for (const m of text.matchAll(COMPOUND)) {
    if (m.index > at) dictionary(text.slice(at, m.index))
    pieces.push({ segment: m[0], isWordLike: true })
    at = m.index + m[0].length
  }
  if (at < text.length) dictionary(text.slice(at))
  return pieces
}

/**
 * Thai words for display. Thai has no spaces between words, and a browser left to itself may
 * break a heading or a narrow table header inside a word (ICU's dictionary does not know many
 * names and splits them into fragments). Each Thai word becomes a span that does not break
 * (`.tw` in app.css) with a break opportunity (<wbr>) between words, so a line only ever breaks
 * between whole words. The dictionary splits many compounds (เรื่อง|ร้อง|เรียน) as the browser
 * would; those in thai-compounds.ts stay whole. Fragments the dictionary could not place (not
 * word-like, or one letter) stay with the word before them. Returns escaped HTML.
 */
export function thaiWordBreaks(text: string): string {
  if (!THAI.test(text)) return escapeHtml(text)
  const words: { text: string; thai: boolean }[] = []
  for (const s of segments(text)) {
    const thai = THAI.test(s.segment)
    const prev = words.at(-1)
    const fragment = thai && (!s.isWordLike || [...s.segment].length < 2)
    if (prev?.thai && thai && (fragment || PREFIXES.has(prev.text))) prev.text += s.segment
    else words.push({ text: s.segment, thai })
  }
  let html = ''
  words.forEach((w, i) => {
    if (i > 0 && w.thai && words[i - 1]!.thai) html += '<wbr>'
    html += w.thai ? `<span class="tw">${escapeHtml(w.text)}</span>` : escapeHtml(w.text)
  })
  return html
}
