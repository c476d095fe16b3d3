import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDemoDelegations } from '../../src/features/delegations/index.ts'
import { loadDemoFairAuthority } from '../../src/features/fair-authority/index.ts'
import { expectAccessible, signInAs, useBrowserApp } from '../support/browser.ts'

const b = useBrowserApp()
// DELEGATIONS_PNG=/tmp/x keeps a picture of each page, to look at.
const shots = process.env.DELEGATIONS_PNG
const overflows = 'document.documentElement.scrollWidth > window.innerWidth + 1'

describe('delegations and fair use of authority in the browser', () => {
  it('the head’s register of orders, the public list and the staff view of fair use of authority, at 1280 and 360 px, axe clean', async () => {
    await loadDemoDelegations(b.db, new Date())
    await loadDemoFairAuthority(b.db, new Date())
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
    await signInAs(page, 'wt-head@prongsai.test')
    for (const url of ['/staff/delegations', '/staff/fair-authority']) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 })
        expect((await page.goto(url))?.status()).toBe(200)
        await expectAccessible(page)
        expect(await page.evaluate<boolean>(overflows), `${url} at ${width}`).toBe(false)
        if (shots) await page.screenshot({ path: join(shots, `${url.split('/').pop()}-${width}.png`), fullPage: true })
      }
    }
    const citizen = await b.newPage({ viewport: { width: 360, height: 800 } })
    expect((await citizen.goto('/o/wiang-thong/delegations'))?.status()).toBe(200)
    expect(await citizen.getByRole('heading', { name: /คำสั่งที่ 12\// }).count()).toBe(1)
    await expectAccessible(citizen)
    expect(await citizen.evaluate<boolean>(overflows)).toBe(false)
    if (shots) await citizen.screenshot({ path: join(shots, 'public-delegations-360.png'), fullPage: true })
  })
})
