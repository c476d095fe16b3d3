import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible, useBrowserApp } from '../support/browser.ts'

const web = useBrowserApp()

/** A page with one mistake of each kind the journeys rely on axe to catch, styled by the app's own CSS. */
const FLAWED_PAGE = `<!doctype html><html><head><title>flawed</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><main><img src="/assets/favicon.svg"><p style="color:#bbb;background:#fff">faint text</p><input id="q"></main></body></html>`

async function openFlawedPage(page: Page): Promise<void> {
  await page.route(
    (u) => u.pathname === '/__flawed',
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FLAWED_PAGE }),
  )
  await page.goto('/__flawed')
}

// The journeys are only as good as this check: it must fail, readably, on a broken page.
describe('the accessibility check used by the journeys', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`names each serious problem with its rule, element and help (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await web.newPage({ javaScriptEnabled })
      await openFlawedPage(page)
      const failure = await expectAccessible(page).then(
        () => null,
        (e: Error) => e.message,
      )
      expect(failure).toMatch(/axe found 4 serious or critical accessibility problem\(s\) on http:\/\/127\.0\.0\.1:\d+\/__flawed/)
      expect(failure).toContain('- image-alt (critical): Images must have alternative text')
      expect(failure).toContain('- label (critical): Form elements must have labels')
      expect(failure).toContain('- html-has-lang (serious)')
      expect(failure).toMatch(/- color-contrast \(serious\)[\s\S]*foreground color: #bbbbbb, background color: #ffffff/)
      expect(failure).toContain('#q')

      await page.goto('/')
      await expectAccessible(page)
    })
  }
})
