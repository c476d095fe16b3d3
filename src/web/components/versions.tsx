import type { PageContext } from '../page-context.ts'
import { formatInstant } from '../format-time.ts'
import { NotificationBanner } from './display.tsx'

/**
 * Published things that keep their versions (a budget year, a portal item) at a permanent address:
 * `currentHref` shows the current version and `<currentHref>/v/<n>` an earlier one.
 */
const versionHref = (currentHref: string, n: number, current: number) => (n === current ? currentHref : `${currentHref}/v/${n}`)

/** Says plainly that this is an earlier version, with a way to the current one. */
export function EarlierVersionBanner({ ctx, shown, current, currentHref }: { ctx: PageContext; shown: number; current: number; currentHref: string }) {
  const t = ctx.t
  return (
    <NotificationBanner title={t({ th: 'ฉบับก่อนหน้า', en: 'An earlier version' })} id="earlier-version">
      <p class="body">
        <span safe>{t({ th: 'นี่คือฉบับที่ {n} ซึ่งมีการปรับปรุงแล้ว ฉบับปัจจุบันคือฉบับที่ {m}', en: 'This is version {n}, which has since been updated; the current one is version {m}.' }, { n: shown, m: current })}</span>{' '}
        <a href={currentHref} safe>
          {t({ th: 'ดูฉบับปัจจุบัน', en: 'See the current version' })}
        </a>
      </p>
    </NotificationBanner>
  )
}

/** Every version with the time it was saved, each a link but the one shown; nothing while there is only one. */
export function PublishedVersionList({ ctx, heading, versions, shown, current, currentHref }: { ctx: PageContext; heading: string; versions: readonly { version: number; createdAt: Date }[]; shown: number; current: number; currentHref: string }) {
  if (versions.length <= 1) return ''
  const t = ctx.t
  return (
    <>
      <h2 class="heading-m" safe>
        {heading}
      </h2>
      <ul class="list list--bullet">
        {versions.map((v) => {
          const label = `${t({ th: 'ฉบับที่', en: 'Version' })} ${v.version} – ${formatInstant(v.createdAt, ctx.locale)}`
          return (
            <li>
              {v.version === shown ? (
                <strong safe>{label}</strong>
              ) : (
                <a href={versionHref(currentHref, v.version, current)} safe>
                  {label}
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}
