import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoSurveys } from '../../src/features/surveys/index.ts'
import { SATISFACTION_TEMPLATE } from '../../src/features/surveys/survey-templates.data.ts'
import { officePrintAll, pdfToPngs, type PrintedFile } from '../support/libreoffice.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/**
 * The surveys' Word files printed the way an agency prints them (LibreOffice → PDF): the
 * published satisfaction results (table on page 1, within its pages, Thai digits) and the
 * counter poster (one page, the link written out with the digits a phone can type), page 1 of
 * each rendered to a picture (pdftoppm) a person can look at.
 */
let t: TestApp
let dir: string
let printed: Map<string, PrintedFile>
let posterLink: string

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-07T03:00:00Z') })
  await loadDemoSurveys(t.db, t.clock.now, 'https://prongsai.example')
  const published = await t.db.selectFrom('surveys').select('id').where('published_at', 'is not', null).orderBy('closes_on', 'desc').executeTakeFirstOrThrow()
  const eit = await t.db.selectFrom('surveys').select('id').where('kind', '=', 'eit').executeTakeFirstOrThrow()
  posterLink = `/s/${eit.id}`
  const results = await t.client().get(`/o/wiang-thong/surveys/${published.id}.docx`)
  expect(results.statusCode).toBe(200)
  const staff = await t.asUser('wt-ita@prongsai.test')
  const poster = await staff.get(`/staff/surveys/${eit.id}/poster.docx`)
  expect(poster.statusCode).toBe(200)
  expect(poster.headers['content-type']).toContain('wordprocessingml')
  ;({ dir, printed } = await officePrintAll([
    { name: 'survey-results', body: results.rawPayload, extension: 'docx' },
    { name: 'survey-poster', body: poster.rawPayload, extension: 'docx' },
  ]))
}, 240_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  await t?.close()
})

const squeeze = (s: string) => s.replace(/\s+/g, '')
/** With SCREENSHOT_DIR set, page 1 is kept there to be looked at. */
function keep(name: string): void {
  const out = process.env.SCREENSHOT_DIR
  if (!out) return
  mkdirSync(out, { recursive: true })
  copyFileSync(join(dir, `${name}-1.png`), join(out, `${name}-1.png`))
}

describe('survey Word files printed through LibreOffice', () => {
  it('published results: at most 3 pages, the title and the first question on page 1, Thai digits', async () => {
    const pdf = printed.get('survey-results')!
    expect(pdf.pages).toBeGreaterThanOrEqual(1)
    expect(pdf.pages).toBeLessThanOrEqual(3)
    const page1 = squeeze(pdf.text.split('\f')[0]!)
    expect(page1).toContain(squeeze('ผลการสำรวจ: ความพึงพอใจต่องานขออนุญาตก่อสร้างอาคาร รอบที่ ๒'))
    const first = SATISFACTION_TEMPLATE.sections.flatMap((s) => s.items).find((i) => i.type === 'choice')!
    expect(page1).toContain(squeeze(first.title.th).slice(0, 20))
    expect(page1).toContain('ผู้ตอบ๒๒คน')
    expect(page1).not.toMatch(/25[67]\d/)
    await pdfToPngs(pdf.pdf, join(dir, 'survey-results'))
    expect(existsSync(join(dir, 'survey-results-1.png'))).toBe(true)
    keep('survey-results')
  })

  it('the counter poster: one page with the heading, the QR code and the link in digits a phone can type', async () => {
    const pdf = printed.get('survey-poster')!
    expect(pdf.pages).toBe(1)
    const text = squeeze(pdf.text)
    expect(text).toContain('ช่วยเราปรับปรุงบริการ:ตอบแบบสำรวจ')
    expect(text).toContain(posterLink)
    await pdfToPngs(pdf.pdf, join(dir, 'survey-poster'))
    expect(existsSync(join(dir, 'survey-poster-1.png'))).toBe(true)
    keep('survey-poster')
  })
})
