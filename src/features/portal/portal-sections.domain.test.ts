import { describe, expect, it } from 'vitest'
import { modulePagesOf, PORTAL_SECTIONS } from './portal-sections.domain.ts'

describe('the module pages each portal section links', () => {
  const paths = (key: string) => modulePagesOf(key).map((p) => p.path('wiang-thong'))

  it('points the sections at the pages the modules publish, so the OIT workspace can suggest them', () => {
    expect(paths('plans')).toEqual(['/o/wiang-thong/development-plan'])
    expect(paths('reports')).toEqual(['/o/wiang-thong/performance-evaluation', '/o/wiang-thong/surveys'])
    expect(paths('service-manuals')).toEqual(['/o/wiang-thong/services'])
    expect(paths('officer-manuals')).toEqual(['/o/wiang-thong/work-standards'])
    expect(paths('integrity')).toEqual(['/o/wiang-thong/ita', '/o/wiang-thong/risks'])
    expect(paths('participation')).toEqual(['/o/wiang-thong/consultations', '/o/wiang-thong/webboard', '/o/wiang-thong/comments'])
    expect(paths('contact')).toEqual(['/o/wiang-thong/webboard', '/o/wiang-thong/information'])
    expect(paths('ethics')).toEqual(['/o/wiang-thong/honour-roll'])
    expect(paths('authority')).toEqual(['/o/wiang-thong/delegations'])
  })

  it('names every linked page in Thai and English, and knows no section it does not have', () => {
    for (const section of PORTAL_SECTIONS) for (const page of modulePagesOf(section.key)) expect(page.name.th && page.name.en).toBeTruthy()
    expect(modulePagesOf('no-such-section')).toEqual([])
  })
})
