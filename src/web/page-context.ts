import type { MaybeActor } from '../platform/auth/actor.ts'
import type { Bilingual, Locale, Translate } from '../platform/i18n/locale.ts'

/** Everything a page needs about the request, built once per request by the HTTP layer. */
export type PageContext = {
  locale: Locale
  t: Translate
  actor: MaybeActor
  csrfToken: string
  /** Path and query of this request: the language switch comes back here. */
  path: string
  /** This page's address under the configured public base URL: canonical link and og:url. */
  publicUrl?: string
  flash?: Bilingual | undefined
}
