/**
 * Which catalogue scheme a page shows when the user has not chosen one: the scheme the agency
 * already works in (a school answering ITA Online keeps seeing ITA Online), else the national
 * NACC assessment, else whatever exists.
 */
import { NACC_ITA_SCHEME, SCHEME_PATTERN } from './oit-catalogue.domain.ts'

/** `used`: schemes the agency has answers in, most used first. */
export function chooseScheme(asked: unknown, available: readonly string[], used: readonly string[] = []): string {
  if (typeof asked === 'string' && SCHEME_PATTERN.test(asked) && available.includes(asked)) return asked
  return used.find((s) => available.includes(s)) ?? (available.includes(NACC_ITA_SCHEME) ? NACC_ITA_SCHEME : (available[0] ?? NACC_ITA_SCHEME))
}
