import sanitizeHtml from 'sanitize-html'

/**
 * The portal editor is a plain textarea (no JavaScript): officers type text, or paste a little
 * HTML for headings, lists, links and tables. What is stored and shown is only this subset,
 * cleaned on save; everything else is dropped, including style and event attributes, scripts,
 * frames, images (attach those as files) and links other than http(s) and mailto.
 */
// Decides only whether a link keeps its rel; sanitize-html itself still vets every href's scheme.
const LINKABLE = /^\s*(?:https?:|mailto:|\/(?![\/\\]))/i

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page's own title is the only h1; common synonyms keep their meaning.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    // Links written by officers never pass the portal's authority on, nor reach back into the page.
    a: (_tag, attribs): sanitizeHtml.Tag => ({ tagName: 'a', attribs: attribs.href && LINKABLE.test(attribs.href) ? { href: attribs.href, rel: 'noopener nofollow' } : {} }),
  },
}

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

/** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
function paragraphsOf(text: string): string {
  return text
    .replaceAll('\r\n', '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split('\n').map(escapeText).join('<br />')}</p>`)
    .join('\n')
}

/** What the officer typed, as the HTML the portal stores and shows. */
export function sanitiseRichText(source: string): string {
  const html = LOOKS_LIKE_HTML.test(source) ? source : paragraphsOf(source)
  return sanitizeHtml(html, OPTIONS).trim()
}

/** The words of stored HTML, for search and summaries. */
export function plainTextOf(html: string): string {
  const text = sanitizeHtml(html.replace(/<(?:br\s*\/?|\/(?:p|li|h[2-4]|td|th|tr|blockquote))>/gi, '$& '), { allowedTags: [], allowedAttributes: {} })
  return text
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim()
}
