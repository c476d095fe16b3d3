import type { Bilingual } from '../platform/i18n/locale.ts'

/** Search engines cut a description at about this many characters; longer text ends in an ellipsis instead. */
const MAX_DESCRIPTION = 200

/** One line of plain text for a meta description: whitespace collapsed, long text cut at a word with an ellipsis. */
export function metaText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= MAX_DESCRIPTION) return line
  const cut = line.slice(0, MAX_DESCRIPTION - 1)
  const space = cut.lastIndexOf(' ')
  // Thai is written without spaces between words: cut at the last space only when one is near the end.
  return `${(space > MAX_DESCRIPTION * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * A description that names the agency in each language: `{org}` becomes its Thai name in the Thai text
 * and its English name (Thai when it has none) in the English; other `{name}`s come from `vars`.
 */
export function aboutAgency(org: { name_th: string; name_en: string }, text: Bilingual, vars: Record<string, string | number> = {}): Bilingual {
  const fill = (s: string, name: string) => s.replace(/\{(\w+)\}/g, (m, key: string) => (key === 'org' ? name : key in vars ? String(vars[key]) : m))
  return { th: fill(text.th, org.name_th), en: fill(text.en, org.name_en || org.name_th) }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' }

/** The text of stored, already-sanitised HTML (a portal item's body), for a description. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}
