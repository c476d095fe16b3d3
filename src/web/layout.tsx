import type { Children } from '@kitajs/html'
import type { Bilingual } from '../platform/i18n/locale.ts'
import { metaText } from './meta-description.ts'
import type { PageContext } from './page-context.ts'
import { headerMenu } from './staff-menu.ts'
import { CsrfField, NotificationBanner } from './components/display.tsx'
import { assetPath } from './assets.ts'

const SERVICE = { th: 'โปร่งใส', en: 'Prongsai' }

function langSwitchHref(ctx: PageContext, to: 'th' | 'en'): string {
  return `/lang?to=${to}&back=${encodeURIComponent(ctx.path)}`
}

/**
 * The one page frame: skip link, header with menu and language switch, main, footer. Public pages
 * pass a description: what search results and shared links show under the title.
 */
export function Layout(props: { ctx: PageContext; title: string; description?: Bilingual; children: Children; wide?: boolean }) {
  const { ctx } = props
  const description = props.description ? metaText(ctx.t(props.description)) : undefined
  const menu = headerMenu(ctx.actor)
  // Header, menu and content share one width so their left edges line up.
  const container = props.wide ? 'width-container width-container--wide' : 'width-container'
  return (
    <>
      {'<!doctype html>'}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${props.title} – ${ctx.t(SERVICE)}`}</title>
          {description ? <meta name="description" content={description} /> : ''}
          <meta property="og:title" content={props.title} />
          {description ? <meta property="og:description" content={description} /> : ''}
          <meta property="og:site_name" content={ctx.t(SERVICE)} />
          <meta property="og:type" content="website" />
          {ctx.publicUrl ? <link rel="canonical" href={ctx.publicUrl} /> : ''}
          {ctx.publicUrl ? <meta property="og:url" content={ctx.publicUrl} /> : ''}
          <meta property="og:locale" content={ctx.locale === 'th' ? 'th_TH' : 'en_GB'} />
          <link rel="stylesheet" href={assetPath('app.css')} />
          <link rel="icon" href={assetPath('favicon.svg')} type="image/svg+xml" />
        </head>
        <body>
          <a href="#main" class="skip-link" safe>
            {ctx.t({ th: 'ข้ามไปยังเนื้อหาหลัก', en: 'Skip to main content' })}
          </a>
          <header class="header">
            <div class={`header__inner ${container}`}>
              <a href="/" class="header__brand">
                <img class="header__logo" src={assetPath('favicon.svg')} alt="" width="32" height="32" />
                <span safe>{ctx.t(SERVICE)}</span>
              </a>
              <div class="header__tools">
              {ctx.actor ? (
                <form method="post" action="/sign-out" class="inline-form header__sign-out">
                  <CsrfField token={ctx.csrfToken} />
                  <button type="submit" class="link-button" safe>
                    {ctx.t({ th: 'ออกจากระบบ', en: 'Sign out' })}
                  </button>
                </form>
              ) : (
                ''
              )}
              <nav class="header__lang" aria-label={ctx.t({ th: 'เลือกภาษา', en: 'Language' })}>
                {ctx.locale === 'th' ? (
                  <a href={langSwitchHref(ctx, 'en')} lang="en" hreflang="en">
                    English
                  </a>
                ) : (
                  <a href={langSwitchHref(ctx, 'th')} lang="th" hreflang="th">
                    ภาษาไทย
                  </a>
                )}
              </nav>
              </div>
            </div>
            <nav class="service-nav" aria-label={ctx.t({ th: 'เมนูหลัก', en: 'Main menu' })}>
              <ul class={`service-nav__list ${container}`}>
                {/* Staff reach the public pages through the brand; their menu keeps to their own work. */}
                {ctx.actor ? (
                  ''
                ) : (
                  <li>
                    <a href="/" safe>
                      {ctx.t({ th: 'หน่วยงานทั้งหมด', en: 'All organisations' })}
                    </a>
                  </li>
                )}
                {menu.map((item) => (
                  <li>
                    <a href={item.href} data-menu={item.id} aria-current={ctx.path === item.href ? 'page' : undefined} safe>
                      {ctx.t(item.short ?? item.label)}
                    </a>
                  </li>
                ))}
                {ctx.actor ? (
                  ''
                ) : (
                  <li class="service-nav__account">
                    <a href="/sign-in" safe>
                      {ctx.t({ th: 'เข้าสู่ระบบเจ้าหน้าที่', en: 'Staff sign in' })}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          </header>
          <div class={container}>
            <main id="main" class="main" tabindex="-1">
              {ctx.flash ? (
                <NotificationBanner title={ctx.t({ th: 'สำเร็จ', en: 'Success' })} kind="success">
                  <p class="body" safe>
                    {ctx.t(ctx.flash)}
                  </p>
                </NotificationBanner>
              ) : (
                ''
              )}
              {props.children}
            </main>
          </div>
          <footer class="footer">
            <div class={container}>
              <p safe>
                {ctx.t({
                  th: 'โปร่งใส — แพลตฟอร์มเปิดเพื่อคุณธรรมและความโปร่งใสของหน่วยงานภาครัฐ',
                  en: 'Prongsai — the open integrity and transparency platform for Thai public agencies',
                })}
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  )
}
