import { escapeHtml } from '@kitajs/html'

const THAI = /[\u0E00-\u0E7F]/
const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/**
 * Thai words for display. Thai has no spaces between words, and a browser left to itself may
 * break a heading or a narrow table header inside a word (ICU's dictionary does not know many
 * names and splits them into fragments). Each Thai word becomes a span that does not break
 * (`.tw` in app.css) with a break opportunity (<wbr>) between words, so a line only ever breaks
 * between whole words. Fragments the dictionary could not place (not word-like, or one letter)
 * stay with the word before them. Returns escaped HTML.
 */
export function thaiWordBreaks(text: string): string {
  if (!THAI.test(text)) return escapeHtml(text)
  const words: { text: string; thai: boolean }[] = []
  for (const s of segmenter.segment(text)) {
    const thai = THAI.test(s.segment)
    const prev = words.at(-1)
    const fragment = thai && (!s.isWordLike || [...s.segment].length < 2)
    if (prev?.thai && thai && fragment) prev.text += s.segment
    else words.push({ text: s.segment, thai })
  }
  let html = ''
  words.forEach((w, i) => {
    if (i > 0 && w.thai && words[i - 1]!.thai) html += '<wbr>'
    html += w.thai ? `<span class="tw">${escapeHtml(w.text)}</span>` : escapeHtml(w.text)
  })
  return html
}
