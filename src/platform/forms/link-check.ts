import type { LinkCheck } from './form-answers.ts'
import { isWebAddress } from './form-validation.ts'

/**
 * Seed 000 §2.1 asks for a link that "can be traced back": it must open, and it must be the
 * agency's own public address (its website, or its pages on this platform), not a file share.
 */
export type AgencyAddresses = { website: string; platformBase: string; platformPath: string }

export type Fetcher = (url: string) => Promise<number>

export function siteOf(url: string, own: AgencyAddresses): 'invalid' | 'off_site' | 'platform' | 'website' {
  if (!isWebAddress(url)) return 'invalid'
  const u = new URL(url.trim())
  const host = (h: string) => h.toLowerCase().replace(/^www\./, '')
  if (own.website && isWebAddress(own.website)) {
    const w = new URL(own.website)
    if (host(u.hostname) === host(w.hostname) || host(u.hostname).endsWith(`.${host(w.hostname)}`)) return 'website'
  }
  const base = new URL(own.platformBase)
  if (u.host === base.host && (u.pathname === own.platformPath || u.pathname.startsWith(`${own.platformPath}/`))) return 'platform'
  return 'off_site'
}

/** Checks one link: where it points, then whether it opens (status below 400) with `fetchStatus`. */
export async function checkLink(url: string, own: AgencyAddresses, fetchStatus: Fetcher, now: Date): Promise<LinkCheck> {
  const checkedAt = now.toISOString()
  const site = siteOf(url, own)
  if (site === 'invalid' || site === 'off_site') return { status: site, checkedAt }
  let httpStatus = 0
  try {
    httpStatus = await fetchStatus(url.trim())
  } catch {
    httpStatus = 0
  }
  return httpStatus > 0 && httpStatus < 400 ? { status: 'ok', checkedAt, httpStatus } : { status: 'broken', checkedAt, httpStatus }
}

/** Over the network, briefly: a slow agency site must not hold the form up. */
export async function fetchStatusOnline(url: string): Promise<number> {
  const signal = AbortSignal.timeout(4000)
  let res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal })
  if (res.status === 405 || res.status === 501) res = await fetch(url, { method: 'GET', redirect: 'follow', signal })
  await res.body?.cancel()
  return res.status
}
