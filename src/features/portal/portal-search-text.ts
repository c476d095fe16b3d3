/**
 * Thai is written without spaces between words, so PostgreSQL's parsers would see a sentence as
 * one word. The text is cut into words here (ICU's dictionary, through Intl.Segmenter) and
 * stored with spaces between them, for to_tsvector('simple', …); the same cutting is applied to
 * what people search for. Lower-cased, so English matches whatever its case.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

export function segmentWords(text: string): string[] {
  const words: string[] = []
  for (const s of segmenter.segment(text.normalize('NFC').toLowerCase())) {
    if (s.isWordLike) words.push(s.segment)
  }
  return words
}

export function searchTextOf(parts: readonly string[]): string {
  return segmentWords(parts.join(' \n ')).join(' ')
}

/** The longest query taken: beyond this a search is no longer a search. */
export const MAX_QUERY_LENGTH = 100

export function normaliseQuery(q: unknown): string {
  return typeof q === 'string' ? q.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH) : ''
}
